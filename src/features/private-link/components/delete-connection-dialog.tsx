import { useIsMutating } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import { useSingleFlight } from '@/lib/use-single-flight';
import { ActionError } from './action-error';
import type { PrivateLinkConnection } from '../api/contract';
import { useDeleteConnection } from '../api/delete-connection';
import { privateLinkMutationKeys } from '../api/keys';

export interface DeleteConnectionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  clusterId: string;
  connection: PrivateLinkConnection;
  onDeleted?: (deleted: PrivateLinkConnection) => void;
  returnFocusTo?: HTMLElement | null;
}

export function DeleteConnectionDialog(props: DeleteConnectionDialogProps) {
  const { t, rich } = useI18n();
  const busy = useIsMutating({ mutationKey: privateLinkMutationKeys.delete }) > 0;
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('delete.title')}
      description={rich(
        'delete.description',
        { b: (chunk) => <span className="font-medium text-slate-900">{chunk}</span> },
        { name: props.connection.displayName },
      )}
      busy={busy}
      returnFocusTo={props.returnFocusTo}
    >
      {props.open && <DeleteConnectionForm {...props} />}
    </Dialog>
  );
}

function DeleteConnectionForm({ onOpenChange, clusterId, connection, onDeleted }: DeleteConnectionDialogProps) {
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
        void once(() => remove.mutateAsync({ clusterId, connectionId: connection.privateLinkConnectionId ?? '' }));
      }}
    >
      <DialogBody>
        {remove.isError && <ActionError title={t('delete.failed')} error={remove.error} />}
        <div id={warningId} className="space-y-1.5 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-950">
          <p className="font-medium">{t('delete.warningTitle')}</p>
          <ul className="list-disc space-y-0.5 pl-5">
            <li>{t('delete.warningDataflow')}</li>
            <li>{t('delete.warningDomains')}</li>
          </ul>
        </div>
        <Field label={rich('delete.confirmLabel', { code: (chunk) => <span className="font-mono">{chunk}</span> }, { name: connection.displayName })}>
          <input
            className={inputClass}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            readOnly={busy}
          />
        </Field>
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
