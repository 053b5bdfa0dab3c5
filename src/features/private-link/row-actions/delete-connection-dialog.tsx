import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DialogForm } from '@/components/ui/dialog-form';
import { Field, inputClass } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { deleteCall, useDeleteConnection } from '../api/delete-connection';
import { CliCommand } from '../commands/cli-command';
import { deleteCommand } from '../commands/ticloud';
import { describeRowActionError } from '../shared/action-error';
import { useUsageGate, useUsageSlots } from '../shared/usage-slots';
import { RowActionDialog, type RowActionDialogProps } from './row-action-dialog';

export type DeleteConnectionDialogProps = RowActionDialogProps<PrivateLinkConnection>;

export function DeleteConnectionDialog(props: DeleteConnectionDialogProps) {
  return (
    <RowActionDialog {...props} titleKey="delete.title" descriptionKey="delete.description">
      <DeleteConnectionForm {...props} />
    </RowActionDialog>
  );
}

function DeleteConnectionForm({ onOpenChange, clusterId, connection, onSuccess }: DeleteConnectionDialogProps) {
  const { t, rich } = useI18n();
  const form = useForm({ defaultValues: { typed: '' } });
  const mutation = useDeleteConnection({
    onSuccess: (deleted) => {
      onOpenChange(false);
      onSuccess?.(deleted);
    },
  });
  const pending = mutation.isPending;
  const matches = useWatch({ control: form.control, name: 'typed' }) === connection.displayName;
  const warningId = useId();
  const connectionId = connection.privateLinkConnectionId ?? '';
  const usage = useUsageSlots();
  const { ready: usageReady, gate } = useUsageGate({ clusterId, connection, action: 'delete', disabled: pending });

  return (
    <DialogForm
      form={form}
      onSubmit={() => mutation.mutateAsync({ clusterId, connectionId })}
      pending={pending}
      error={mutation.error}
      errorTitle={t('delete.failed')}
      describe={(e) => describeRowActionError(e, t)}
      submitLabel={t('delete.submit')}
      pendingLabel={t('delete.pending')}
      variant="danger"
      canSubmit={matches && usageReady}
      submitDescribedBy={warningId}
      onCancel={() => onOpenChange(false)}
    >
      <div id={warningId} className="space-y-1.5 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-950">
        <p className="font-medium">{t('delete.warningTitle')}</p>
        <ul className="list-disc space-y-0.5 pl-5">
          <li>{t('delete.warningDataflow')}</li>
          <li>{t('delete.warningDomains')}</li>
        </ul>
      </div>
      {gate}
      <Field
        label={rich('delete.confirmLabel', { code: (chunk) => <span className="font-mono">{chunk}</span> }, { name: connection.displayName })}
      >
        <input className={inputClass} autoComplete="off" spellCheck={false} readOnly={pending} {...form.register('typed')} />
      </Field>
      <CliCommand commands={[...(usage?.commands(clusterId) ?? []), deleteCommand({ clusterId, connectionId })]} requests={[deleteCall({ clusterId, connectionId })]} />
    </DialogForm>
  );
}
