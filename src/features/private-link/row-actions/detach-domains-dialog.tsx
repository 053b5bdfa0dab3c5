import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog';
import { useSingleFlight } from '@/lib/use-single-flight';
import type { AttachDomain } from '@/contract/private-link';
import { useDetachDomains } from '../api/detach-domains';
import { useConnection } from '../api/get-connection';
import { privateLinkMutationKeys } from '../api/keys';
import { useI18n } from '@/lib/i18n';
import { domainTypeLabel } from '../labels';
import { ActionError } from '../shared/action-error';
import { RowActionDialog, type RowActionDialogProps } from './row-action-dialog';
import { DomainsLoadState } from '../list/attached-domains';
import { DomainList } from '../shared/domain-list';
import { CliCommand } from '../commands/cli-command';
import { detachDomainsCommand, getCommand } from '../commands/ticloud';

export interface DetachDomainsDialogProps extends RowActionDialogProps {
  onDetached?: (detached: AttachDomain) => void;
}

export function DetachDomainsDialog(props: DetachDomainsDialogProps) {
  return (
    <RowActionDialog
      {...props}
      mutationKey={privateLinkMutationKeys.detach}
      titleKey="detach.title"
      descriptionKey="detach.description"
      wide
    >
      <DetachDomainsForm {...props} />
    </RowActionDialog>
  );
}

function DetachDomainsForm({ onOpenChange, clusterId, connection, onDetached }: DetachDomainsDialogProps) {
  const { t, rich } = useI18n();
  const connectionId = connection.privateLinkConnectionId ?? '';
  const detail = useConnection(clusterId, connectionId);
  const groups = (detail.data?.attachedDomains ?? []).filter((g) => g.attachDomainId);
  const [selected, setSelected] = useState<string>();
  const [confirmed, setConfirmed] = useState(false);
  const detach = useDetachDomains({
    onSuccess: (detached) => {
      onOpenChange(false);
      onDetached?.(detached);
    },
  });
  const once = useSingleFlight();
  const busy = detach.isPending;
  const chosen =
    groups.find((g) => g.attachDomainId === selected) ?? (groups.length === 1 ? groups[0] : undefined);

  return (
    <form
      noValidate
      aria-busy={busy}
      className="flex min-h-0 flex-1 flex-col"
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen?.attachDomainId || !confirmed) return;
        void once(() =>
          detach.mutateAsync({ clusterId, connectionId, attachDomainId: chosen.attachDomainId! }),
        );
      }}
    >
      <DialogBody>
        {detach.isError && <ActionError title={t('detach.failed')} error={detach.error} onConnection />}
        {!detail.isSuccess ? (
          <DomainsLoadState detail={detail} />
        ) : groups.length === 0 ? (
          <p className="text-sm text-slate-700">{t('domains.none')}</p>
        ) : (
          <>
            <fieldset className="space-y-2" disabled={busy}>
              <legend className="text-sm font-medium text-slate-800">{t('detach.legend')}</legend>
              {groups.map((g) => {
                const inputId = `detach-${g.attachDomainId}`;
                return (
                  <div
                    key={g.attachDomainId}
                    className="flex gap-2 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                  >
                    <input
                      id={inputId}
                      type="radio"
                      name="attachDomainId"
                      value={g.attachDomainId}
                      checked={chosen?.attachDomainId === g.attachDomainId}
                      onChange={() => setSelected(g.attachDomainId)}
                      aria-describedby={`${inputId}-domains`}
                      className="mt-0.5 accent-brand-600"
                    />
                    <div className="min-w-0 space-y-1">
                      <label htmlFor={inputId} className="block font-medium text-slate-900">
                        {domainTypeLabel(t, g.type)}
                        {g.uniqueName && (
                          <span className="font-normal text-slate-700">
                            {` · ${t('domains.uniqueName')} `}
                            <span className="font-mono">{g.uniqueName}</span>
                          </span>
                        )}
                      </label>
                      <div id={`${inputId}-domains`}>
                        <DomainList domains={g.domains ?? []} />
                      </div>
                    </div>
                  </div>
                );
              })}
            </fieldset>
            <label className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
              <input
                type="checkbox"
                checked={confirmed}
                disabled={busy}
                onChange={(e) => setConfirmed(e.target.checked)}
                className="mt-0.5 accent-amber-700"
              />
              <span>
                {chosen?.uniqueName
                  ? rich(
                      'detach.confirmNamed',
                      { code: (chunk) => <span className="font-mono">{chunk}</span> },
                      { uniqueName: chosen.uniqueName },
                    )
                  : t('detach.confirm')}
              </span>
            </label>
          </>
        )}
        <CliCommand
          commands={[
            getCommand({ clusterId, connectionId }),
            detachDomainsCommand({ clusterId, connectionId, attachDomainId: chosen?.attachDomainId }),
          ]}
        />
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => onOpenChange(false)} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="danger" disabled={busy || !chosen || !confirmed}>
          {busy ? t('detach.pending') : t('detach.submit')}
        </Button>
      </DialogFooter>
    </form>
  );
}
