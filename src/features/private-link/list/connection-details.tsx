import type { ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { typeLabel } from '../providers';
import { endpointServiceOf, providerOf } from '@/contract/providers';
import { useConnection } from '../api/get-connection';
import { useUsageSlots } from '../shared/usage-slots';
import { WrapAtDots } from '../shared/wrap-at-dots';
import { AttachedDomains } from './attached-domains';
import { AcceptSteps, CheckNow, FailureText, TimingLine } from './lazy-parts';
import { NextStep } from './next-step';
import { StateBadge } from './state-badge';

/** Every field of a connection, its state explained, and its attached domains (from Get). */
export function ConnectionDetails({
  clusterId,
  connection,
}: {
  clusterId: string;
  connection: PrivateLinkConnection;
}) {
  const { t, formatDateTimeZone } = useI18n();
  const id = connection.privateLinkConnectionId ?? '';
  const service = endpointServiceOf(connection);
  const zones = service?.availabilityZoneIds ?? [];
  // The app may show who uses the connection (see UsageSlots), with its attached domains once loaded.
  const usage = useUsageSlots();
  const detail = useConnection(clusterId, id, !!usage && !!id);
  const rows: [MessageKey, ReactNode][] = [
    [
      'details.id',
      <Copyable key="id" value={id} label={t('table.idOf', { name: connection.displayName })} />,
    ],
    ['table.type', typeLabel(t, connection.type)],
    [
      'create.service',
      service?.name ? (
        <Copyable key="svc" value={service.name} label={t('create.service')} text={<WrapAtDots value={service.name} />} />
      ) : (
        '—'
      ),
    ],
    ...(providerOf(connection.type)?.serviceRegionField
      ? [['details.region', (service && 'region' in service && service.region) || '—'] as [MessageKey, ReactNode]]
      : []),
    [
      'details.endpointId',
      service?.endpointId ? (
        <Copyable key="ep" value={service.endpointId} label={t('details.endpointId')} />
      ) : (
        '—'
      ),
    ],
    [
      'zones.azs',
      zones.length ? (
        <Copyable key="az" value={zones.join(',')} label={t('zones.azs')} text={zones.join(', ')} />
      ) : (
        '—'
      ),
    ],
    ['details.createdBy', connection.createdBy ?? '—'],
    ['table.created', formatDateTimeZone(connection.createTime)],
    ['details.updated', formatDateTimeZone(connection.updateTime)],
  ];
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <div className="space-y-3">
        <div className="text-sm">
          <StateBadge state={connection.state} />
          <p className="mt-1.5 text-slate-700">
            {connection.state === 'PENDING_ACCEPTANCE' ? (
              <NextStep connection={connection} />
            ) : (
              <StateHelp state={connection.state} />
            )}
          </p>
          {connection.state === 'FAILED' && <FailureText connection={connection} />}
          {connection.state !== 'FAILED' && connection.message && <p className="mt-1 font-medium text-red-800">{connection.message}</p>}
          <p className="mt-1.5">
            <TimingLine connection={connection} />
          </p>
          {connection.state === 'PENDING_ACCEPTANCE' && (
            <div className="mt-2 space-y-2">
              <CheckNow clusterId={clusterId} connection={connection} />
              <AcceptSteps connection={connection} clusterId={clusterId} />
            </div>
          )}
        </div>
        <dl className="grid grid-cols-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4 sm:gap-y-1.5">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600 max-sm:mt-1.5">{t(label)}</dt>
              <dd className="min-w-0 [overflow-wrap:anywhere] text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <section aria-label={t('table.attachedDomains')}>
        <h4 className="mb-2 text-sm font-medium text-slate-900">{t('table.attachedDomains')}</h4>
        {id && <AttachedDomains clusterId={clusterId} connectionId={id} />}
      </section>
      {usage && id && (
        <div className="lg:col-span-2">
          <usage.Details clusterId={clusterId} connection={detail.data ?? connection} />
        </div>
      )}
    </div>
  );
}

function StateHelp({ state }: { state: string | undefined }) {
  const { t } = useI18n();
  const key = `details.help.${state}` as MessageKey;
  const text = t(key);
  return <>{text === key ? null : text}</>;
}

function Copyable({ value, label, text }: { value: string; label: string; text?: ReactNode }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1 font-mono text-xs">
      {text ?? value}
      <CopyButton value={value} label={label} />
    </span>
  );
}
