import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { Spinner } from '@/components/ui/spinner';
import { endpointServiceOf } from '@/contract/providers';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { connectionQueryOptions } from '@/features/private-link/api/get-connection';
import {
  UsageFilterContext,
  UsageSlotsContext,
  type UsageFilterSlot,
  type UsageSlots,
} from '@/features/private-link/shared/usage-slots';
import { listChangefeedsCommand, listMigrationsCommand } from '@/features/usage/commands';
import { UsageFilter, isUsageFilter } from '@/features/usage/components/usage-filter';
import { UsedByBadge } from '@/features/usage/components/used-by-badge';
import { useUsedConnections, type ConnectionRef } from '@/features/usage/use-connection-usage';
import { useUsageGate } from '@/features/usage/use-usage-gate';
import { useI18n } from '@/lib/i18n';
import { usePreloadWhenSettled } from '@/lib/lazy';
import { useSearchState } from '@/lib/search-state';

// The details and the Delete / Detach gate's lists load once the page's reads have settled: only
// the Used by cell is needed for the first render. The gate's readiness does not wait for its code:
// what needs acknowledging cannot be acknowledged before it is shown.
// A piece that could not load (offline) says so in place and tries again (lazyPart).
const [UsageDetails, preloadDetails] = lazyPart(() =>
  import('@/features/usage/components/usage-details').then((m) => m.UsageDetails),
);
const [UsageGate, preloadGate] = lazyPart(() => import('@/features/usage/components/usage-gate').then((m) => m.UsageGate));

function Loading() {
  const { t } = useI18n();
  return <Spinner label={t('usage.checking')} />;
}
const preloadUsage = () => Promise.all([preloadDetails(), preloadGate()]);

/** How the usage lists name a connection: its ID, and its endpoint's ID (a migration's `endpointId` may be either). */
const refOf = (c: PrivateLinkConnection): ConnectionRef => ({
  connectionId: c.privateLinkConnectionId ?? '',
  endpointId: endpointServiceOf(c)?.endpointId,
});
/** The attached domains' names (Get carries them; List does not). */
const domainsOf = (c: PrivateLinkConnection | undefined) =>
  c?.attachedDomains?.flatMap((g) => g.domains?.map((d) => d.name) ?? []);

const Cell: UsageSlots['Cell'] = ({ clusterId, connection }) => (
  <UsedByBadge clusterId={clusterId} {...refOf(connection)} />
);
const Details: UsageSlots['Details'] = ({ clusterId, connection }) => (
  <UsageDetails fallback={<Loading />} clusterId={clusterId} {...refOf(connection)} domains={domainsOf(connection)} />
);
const useGate: UsageSlots['useGate'] = ({ clusterId, connection, action, disabled }) => {
  // Detach Domains judges migrations by the attached domains: the dialog's own Get, read from the cache.
  const detail = useQuery({
    ...connectionQueryOptions(clusterId, connection.privateLinkConnectionId ?? ''),
    enabled: action === 'detach',
    refetchOnMount: false,
  });
  const { ready, view } = useUsageGate({ clusterId, action, ...refOf(connection), domains: domainsOf(detail.data) });
  return {
    ready,
    gate: (
      <UsageGate fallback={<Loading />} view={view} disabled={disabled} />
    ),
  };
};
const commands = (clusterId: string) => [listChangefeedsCommand(clusterId), listMigrationsCommand(clusterId)];
/** The slots that never change: a constant. */
const SLOTS: UsageSlots = { Cell, Details, useGate, commands };

/**
 * The private link panel learns what rides on each connection (changefeeds and Data Migration
 * tasks): the app composes the usage feature into the panel's usage slots (features never import each other).
 */
export function ChangefeedUsageProvider({ clusterId, children }: { clusterId: string; children: ReactNode }) {
  // In the address as `usage`, beside `q` and `state` (app/search.ts); a change goes back to the first page.
  const [search, setSearch] = useSearchState();
  const param = typeof search.usage === 'string' ? search.usage : '';
  const wanted = isUsageFilter(param) ? param : '';
  const setParam = (usage: string) => setSearch({ usage: usage || undefined, page: undefined });
  const { status, isUsed } = useUsedConnections(clusterId);
  usePreloadWhenSettled(preloadUsage);
  const filter: UsageFilterSlot = {
    control: <UsageFilter value={wanted} onChange={setParam} unknown={status === 'unknown'} />,
    // Applied once usage is known (every connection is fetched meanwhile, as the filter will
    // need); when usage is unknown, not applied: such a connection is neither in use nor not.
    match:
      !wanted || status === 'unknown'
        ? undefined
        : {
            key: `${wanted}:${status}`,
            test: (c) => status === 'checking' || isUsed(refOf(c)) === (wanted === 'used'),
          },
    param: 'usage',
  };
  // Two contexts: a filter change re-renders the panel, not every row's Used by cell.
  return (
    <UsageSlotsContext value={SLOTS}>
      <UsageFilterContext value={filter}>{children}</UsageFilterContext>
    </UsageSlotsContext>
  );
}
