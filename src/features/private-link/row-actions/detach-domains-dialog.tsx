import { useForm, useWatch } from 'react-hook-form';
import { DialogForm } from '@/components/ui/dialog-form';
import { useI18n } from '@/lib/i18n';
import type { AttachDomain } from '@/contract/private-link';
import { detachCall, useDetachDomains } from '../api/detach-domains';
import { getCall, useConnection } from '../api/get-connection';
import { CliCommand } from '../commands/cli-command';
import { detachDomainsCommand, getCommand } from '../commands/ticloud';
import { DomainsLoadState } from '../list/attached-domains';
import { describeRowActionError, isAlreadyDetached } from '../shared/action-error';
import { useUsageGate, useUsageSlots } from '../shared/usage-slots';
import { DomainGroupChoice } from './domain-group-choice';
import { RowActionDialog, type RowActionDialogProps } from './row-action-dialog';

export type DetachDomainsDialogProps = RowActionDialogProps<AttachDomain>;

export function DetachDomainsDialog(props: DetachDomainsDialogProps) {
  return (
    <RowActionDialog {...props} titleKey="detach.title" descriptionKey="detach.description" wide>
      <DetachDomainsForm {...props} />
    </RowActionDialog>
  );
}

function DetachDomainsForm({ onOpenChange, clusterId, connection, onSuccess }: DetachDomainsDialogProps) {
  const { t, rich } = useI18n();
  const connectionId = connection.privateLinkConnectionId ?? '';
  const detail = useConnection(clusterId, connectionId);
  const groups = (detail.data?.attachedDomains ?? []).filter((g) => g.attachDomainId);
  const form = useForm({ defaultValues: { attachDomainId: '', confirmed: false } });
  const [selected, confirmed] = useWatch({ control: form.control, name: ['attachDomainId', 'confirmed'] });
  const mutation = useDetachDomains({
    onSuccess: (detached) => {
      onOpenChange(false);
      onSuccess?.(detached);
    },
  });
  const pending = mutation.isPending;
  const usage = useUsageSlots();
  const { ready: usageReady, gate } = useUsageGate({ clusterId, connection, action: 'detach', disabled: pending });
  const chosen = groups.find((g) => g.attachDomainId === selected) ?? (groups.length === 1 ? groups[0] : undefined);

  return (
    <DialogForm
      form={form}
      onSubmit={() => mutation.mutateAsync({ clusterId, connectionId, attachDomainId: chosen!.attachDomainId! })}
      pending={pending}
      error={mutation.error}
      // Detached elsewhere: not a failure, what the user wanted is done (the list says so now).
      errorTitle={t(isAlreadyDetached(mutation.error) ? 'detach.alreadyDetached' : 'detach.failed')}
      describe={(e) => describeRowActionError(e, t)}
      submitLabel={t('detach.submit')}
      pendingLabel={t('detach.pending')}
      variant="danger"
      canSubmit={!!chosen && confirmed && usageReady}
      onCancel={() => onOpenChange(false)}
    >
      {!detail.isSuccess ? (
        <DomainsLoadState detail={detail} />
      ) : groups.length === 0 ? (
        <p className="text-sm text-slate-700">{t('domains.none')}</p>
      ) : (
        <>
          <DomainGroupChoice groups={groups} chosen={chosen?.attachDomainId} disabled={pending} register={form.register('attachDomainId')} />
          {gate}
          <label className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
            <input type="checkbox" disabled={pending} className="mt-0.5 accent-amber-700" {...form.register('confirmed')} />
            <span>
              {chosen?.uniqueName
                ? rich('detach.confirmNamed', { code: (chunk) => <span className="font-mono">{chunk}</span> }, { uniqueName: chosen.uniqueName })
                : t('detach.confirm')}
            </span>
          </label>
        </>
      )}
      <CliCommand
        commands={[
          ...(usage?.commands(clusterId) ?? []),
          getCommand({ clusterId, connectionId }),
          detachDomainsCommand({ clusterId, connectionId, attachDomainId: chosen?.attachDomainId }),
        ]}
        requests={[getCall(clusterId, connectionId), detachCall({ clusterId, connectionId, attachDomainId: chosen?.attachDomainId ?? '' })]}
      />
    </DialogForm>
  );
}
