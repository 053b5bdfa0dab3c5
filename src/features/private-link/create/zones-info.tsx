import { CopyButton } from '@/components/ui/copy-button';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import type { ConnectionType } from '@/contract/private-link';
import { useAvailabilityZones } from '../api/get-availability-zones';
import { PROVIDERS } from '@/contract/providers';
import { CommandText } from '../commands/cli-command';
import { zonesCommand } from '../commands/ticloud';
import { AllowSteps } from '../list/cloud-steps';
import { asMessageKey } from '../providers';

/** The bottom of the Create dialog: prerequisites, TiDB Cloud's account ID and the cluster's zones. */
export function ZonesInfo({
  clusterId,
  type,
  regionId,
  serviceRegion,
  serviceName,
}: {
  clusterId: string;
  /** The endpoint service name typed so far (the allow-list commands take its ID and region). */
  serviceName?: string;
  type: ConnectionType;
  regionId: string;
  /** The endpoint service's region when the user said it is in another region (AWS). */
  serviceRegion?: string;
}) {
  const { t, rich } = useI18n();
  const zones = useAvailabilityZones(clusterId);
  const p = PROVIDERS[type];
  return (
    <section
      aria-labelledby="prereq-title"
      className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
    >
      <h3 id="prereq-title" className="font-medium text-slate-900">
        {t(asMessageKey(p.prerequisites.title), { cloud: t(asMessageKey(p.messages.cloud)) })}
      </h3>
      {/* The provider's own list (the registry's `prerequisites`); in another region, an item's variant replaces it. */}
      <ul className="mt-1.5 list-disc space-y-0.5 pl-5 text-slate-700">
        {p.prerequisites.items.map((item) => (
          <li key={item.key}>
            {rich(
              asMessageKey(serviceRegion !== undefined && 'otherRegion' in item ? item.otherRegion : item.key),
              { b: (chunk) => <strong>{chunk}</strong> },
              { region: regionId, serviceRegion: serviceRegion || '…', list: p.allowList },
            )}
          </li>
        ))}
      </ul>
      <div className="mt-3">
        {!zones.isSuccess ? (
          <QueryState query={zones} loading={t('zones.loading')} error={t('zones.error')} />
        ) : (
          <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5">
            <dt className="text-slate-600">{t('zones.accountId')}</dt>
            <dd className="flex items-center gap-1">
              <span className="font-mono">{zones.data.accountId}</span>
              <CopyButton value={zones.data.accountId} label={t('zones.accountId')} />
            </dd>
            <dt className="text-slate-600">{t('zones.azs')}</dt>
            <dd className="flex items-center gap-1">
              <span className="font-mono">{zones.data.azIds.join(', ')}</span>
              <CopyButton value={zones.data.azIds.join(',')} label={t('zones.azs')} />
            </dd>
            <dt className="text-slate-600">{t('zones.cli')}</dt>
            {/* On phones the command takes the whole width under its label (it scrolls sideways inside its box). */}
            <dd className="flex min-w-0 items-center gap-1 max-sm:col-span-2">
              <CommandText text={zonesCommand(clusterId)} label={t('zones.cli')} className="flex-1 rounded border border-slate-200 bg-white px-1.5 py-0.5 focus-visible:outline-brand-600" />
              <CopyButton value={zonesCommand(clusterId)} label={t('zones.cli')} />
            </dd>
          </dl>
        )}
      </div>
      <div className="mt-3">
        {/* Before the zones call answers, the account ID shows as its placeholder. */}
        <AllowSteps type={type} serviceName={serviceName} accountId={zones.data?.accountId} region={serviceRegion || regionId} />
      </div>
    </section>
  );
}
