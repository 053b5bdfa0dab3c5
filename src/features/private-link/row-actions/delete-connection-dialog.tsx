import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import { useSingleFlight } from '@/lib/use-single-flight';
import { ActionError } from '../shared/action-error';
import { CliCommand } from '../commands/cli-command';
import { deleteCommand } from '../commands/ticloud';
import { RowActionDialog, type RowActionDialogProps } from './row-action-dialog';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { useDeleteConnection } from '../api/delete-connection';
import { privateLinkMutationKeys } from '../api/keys';

export interface DeleteConnectionDialogProps extends RowActionDialogProps {
  onDeleted?: (deleted: PrivateLinkConnection) => void;
}

export function DeleteConnectionDialog(props: DeleteConnectionDialogProps) {
  return (
    <RowActionDialog
      {...props}
      mutationKey={privateLinkMutationKeys.delete}
      titleKey="delete.title"
      descriptionKey="delete.description"
    >
      <DeleteConnectionForm {...props} />
    </RowActionDialog>
  );
}

function DeleteConnectionForm({
  onOpenChange,
  clusterId,
  connection,
  onDeleted,
}: DeleteConnectionDialogProps) {
  const { t, rich } = useI18n();
  const [typed, setTyped] = useState('');
  const remove = useDeleteConnection({
    onSuccess: (deleted) => {
      onOpenChange(false);
      onDeleted?.(deleted);
    },
  });
  const once = useSingleFlight();
  const busy = remove.isPending;
  const matches = typed === connection.displayName;
  const warningId = useId();

  return (
    <form
      noValidate
      aria-busy={busy}
      className="flex min-h-0 flex-1 flex-col"
      onSubmit={(e) => {
        e.preventDefault();
        if (!matches) return;
        void once(() =>
          remove.mutateAsync({ clusterId, connectionId: connection.privateLinkConnectionId ?? '' }),
        );
      }}
    >
      <DialogBody>
        {remove.isError && <ActionError title={t('delete.failed')} error={remove.error} onConnection />}
        <div
          id={warningId}
          className="space-y-1.5 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-950"
        >
          <p className="font-medium">{t('delete.warningTitle')}</p>
          <ul className="list-disc space-y-0.5 pl-5">
            <li>{t('delete.warningDataflow')}</li>
            <li>{t('delete.warningDomains')}</li>
          </ul>
        </div>
        <Field
          label={rich(
            'delete.confirmLabel',
            { code: (chunk) => <span className="font-mono">{chunk}</span> },
            { name: connection.displayName },
          )}
        >
          <input
            className={inputClass}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            readOnly={busy}
          />
        </Field>
        <CliCommand commands={[deleteCommand({ clusterId, connectionId: connection.privateLinkConnectionId ?? '' })]} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => onOpenChange(false)} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="danger" disabled={busy || !matches} aria-describedby={warningId}>
          {busy ? t('delete.pending') : t('delete.submit')}
        </Button>
      </DialogFooter>
    </form>
  );
}
