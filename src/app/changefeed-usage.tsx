import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { endpointServiceOf } from '@/contract/providers';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { connectionQueryOptions } from '@/features/private-link/api/get-connection';
import { UsageSlotsContext, type UsageSlots } from '@/features/private-link/shared/usage-slots';
import { listChangefeedsCommand, listMigrationsCommand } from '@/features/usage/commands';
import { UsageFilter, isUsageFilter } from '@/features/usage/components/usage-filter';
import { UsedByBadge } from '@/features/usage/components/used-by-badge';
import { useUsedConnections, type ConnectionRef } from '@/features/usage/use-connection-usage';
import { useI18n } from '@/lib/i18n';
import { lazyWithPreload, preloadAfterContent } from '@/lib/lazy';
import { useSearchParam } from '@/lib/router';

// The details and the Delete / Detach gate (with the changefeed and migration lists) load after
// the rows show: only the Used by cell is needed for the first render. Until the gate's code is
// in, a dialog's submit stays disabled (it waits for the gate's onReadyChange).
const UsageDetails = lazyWithPreload(() => import('@/features/usage/components/usage-details').then((m) => m.UsageDetails));
const UsageGate = lazyWithPreload(() => import('@/features/usage/components/usage-gate').then((m) => m.UsageGate));

function Loading() {
  const { t } = useI18n();
  return <Spinner label={t('usage.checking')} />;
}

/** Where the filter lives in the URL, beside `q` and `state`. */
export const USAGE_PARAM = 'usage';

/** How the usage lists name a connection: its ID, and its endpoint's ID (a migration's `endpointId` may be either). */
const refOf = (c: PrivateLinkConnection): ConnectionRef => ({ connectionId: c.privateLinkConnectionId ?? '', endpointId: endpointServiceOf(c)?.endpointId });
/** The attached domains' names (Get carries them; List does not). */
const domainsOf = (c: PrivateLinkConnection | undefined) => c?.attachedDomains?.flatMap((g) => g.domains?.map((d) => d.name) ?? []);

const Cell: UsageSlots['Cell'] = ({ clusterId, connection }) => <UsedByBadge clusterId={clusterId} {...refOf(connection)} />;
const Details: UsageSlots['Details'] = ({ clusterId, connection }) => (
  <Suspense fallback={<Loading />}>
    <UsageDetails clusterId={clusterId} {...refOf(connection)} domains={domainsOf(connection)} />
  </Suspense>
);
const Gate: UsageSlots['Gate'] = ({ connection, action, ...gate }) => {
  // Detach Domains judges migrations by the attached domains: the dialog's own Get, read from the cache.
  const detail = useQuery({ ...connectionQueryOptions(gate.clusterId, connection.privateLinkConnectionId ?? ''), enabled: action === 'detach', refetchOnMount: false });
  return (
    <Suspense fallback={<Loading />}>
      <UsageGate {...gate} action={action} {...refOf(connection)} domains={domainsOf(detail.data)} />
    </Suspense>
  );
};
const commands = (clusterId: string) => [listChangefeedsCommand(clusterId), listMigrationsCommand(clusterId)];

/**
 * The private link panel learns what rides on each connection (changefeeds and Data Migration
 * tasks): the app composes the usage feature into the panel's usage slots (features never import each other).
 */
export function ChangefeedUsageProvider({ clusterId, children }: { clusterId: string; children: ReactNode }) {
  const [param, setParam] = useSearchParam(USAGE_PARAM);
  const wanted = isUsageFilter(param) ? param : '';
  const { status, isUsed } = useUsedConnections(clusterId);
  useEffect(() => preloadAfterContent([UsageDetails.preload, UsageGate.preload]), []);
  const slots = useMemo<UsageSlots>(
    () => ({
      Cell,
      Details,
      Gate,
      commands,
      filter: {
        control: <UsageFilter value={wanted} onChange={setParam} unknown={status === 'unknown'} />,
        // Applied once usage is known (every connection is fetched meanwhile, as the filter will
        // need); when usage is unknown, not applied: such a connection is neither in use nor not.
        match: !wanted || status === 'unknown' ? undefined : { key: `${wanted}:${status}`, test: (c) => status === 'checking' || isUsed(refOf(c)) === (wanted === 'used') },
        clear: () => setParam(''),
      },
    }),
    [wanted, setParam, status, isUsed],
  );
  return <UsageSlotsContext.Provider value={slots}>{children}</UsageSlotsContext.Provider>;
}
