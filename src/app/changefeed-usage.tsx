import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { endpointServiceOf } from '@/contract/providers';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { connectionQueryOptions } from '@/features/private-link/api/get-connection';
import { UsageSlotsContext, type UsageSlots } from '@/features/private-link/shared/usage-slots';
import { listChangefeedsCommand, listMigrationsCommand } from '@/features/usage/commands';
import { UsageDetails } from '@/features/usage/components/usage-details';
import { UsageFilter, isUsageFilter } from '@/features/usage/components/usage-filter';
import { UsageGate } from '@/features/usage/components/usage-gate';
import { UsedByBadge } from '@/features/usage/components/used-by-badge';
import { useUsedConnections, type ConnectionRef } from '@/features/usage/use-connection-usage';
import { useSearchParam } from '@/lib/router';

/** Where the filter lives in the URL, beside `q` and `state`. */
export const USAGE_PARAM = 'usage';

/** How the usage lists name a connection: its ID, and its endpoint's ID (a migration's `endpointId` may be either). */
const refOf = (c: PrivateLinkConnection): ConnectionRef => ({ connectionId: c.privateLinkConnectionId ?? '', endpointId: endpointServiceOf(c)?.endpointId });
/** The attached domains' names (Get carries them; List does not). */
const domainsOf = (c: PrivateLinkConnection | undefined) => c?.attachedDomains?.flatMap((g) => g.domains?.map((d) => d.name) ?? []);

const Cell: UsageSlots['Cell'] = ({ clusterId, connection }) => <UsedByBadge clusterId={clusterId} {...refOf(connection)} />;
const Details: UsageSlots['Details'] = ({ clusterId, connection }) => <UsageDetails clusterId={clusterId} {...refOf(connection)} domains={domainsOf(connection)} />;
const Gate: UsageSlots['Gate'] = ({ connection, action, ...gate }) => {
  // Detach Domains judges migrations by the attached domains: the dialog's own Get, read from the cache.
  const detail = useQuery({ ...connectionQueryOptions(gate.clusterId, connection.privateLinkConnectionId ?? ''), enabled: action === 'detach', refetchOnMount: false });
  return <UsageGate {...gate} action={action} {...refOf(connection)} domains={domainsOf(detail.data)} />;
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
