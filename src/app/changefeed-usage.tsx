import type { ReactNode } from 'react';
import { listChangefeedsCommand } from '@/features/changefeeds/commands';
import { ChangefeedList } from '@/features/changefeeds/components/changefeed-list';
import { UsageFilter, isUsageFilter } from '@/features/changefeeds/components/usage-filter';
import { UsageGate } from '@/features/changefeeds/components/usage-gate';
import { UsedByBadge } from '@/features/changefeeds/components/used-by-badge';
import { useUsedConnections } from '@/features/changefeeds/use-connection-usage';
import { UsageSlotsContext, type UsageSlots } from '@/features/private-link/shared/usage-slots';
import { useSearchState } from '@/lib/search-state';

const idOf = (c: { privateLinkConnectionId?: string }) => c.privateLinkConnectionId ?? '';

const Cell: UsageSlots['Cell'] = ({ clusterId, connection }) => (
  <UsedByBadge clusterId={clusterId} connectionId={idOf(connection)} />
);
const Details: UsageSlots['Details'] = ({ clusterId, connection }) => (
  <ChangefeedList
    clusterId={clusterId}
    connectionId={idOf(connection)}
    domains={connection.attachedDomains?.length}
  />
);
const Gate: UsageSlots['Gate'] = ({ connection, ...gate }) => (
  <UsageGate {...gate} connectionId={idOf(connection)} />
);
const commands = (clusterId: string) => [listChangefeedsCommand(clusterId)];

/**
 * The private link panel learns which changefeeds ride on each connection: the app composes the
 * changefeeds feature into the panel's usage slots (features never import each other).
 */
export function ChangefeedUsageProvider({ clusterId, children }: { clusterId: string; children: ReactNode }) {
  // In the address as `usage`, beside `q` and `state` (app/search.ts); a change goes back to the first page.
  const [search, setSearch] = useSearchState();
  const param = typeof search.usage === 'string' ? search.usage : '';
  const wanted = isUsageFilter(param) ? param : '';
  const setParam = (usage: string) => setSearch({ usage: usage || undefined, page: undefined });
  const { status, isUsed } = useUsedConnections(clusterId);
  const slots: UsageSlots = {
    Cell,
    Details,
    Gate,
    commands,
    filter: {
      control: <UsageFilter value={wanted} onChange={setParam} unknown={status === 'unknown'} />,
      // Applied once usage is known (every connection is fetched meanwhile, as the filter will
      // need); when usage is unknown, not applied: such a connection is neither in use nor not.
      match:
        !wanted || status === 'unknown'
          ? undefined
          : {
              key: `${wanted}:${status}`,
              test: (c) => status === 'checking' || isUsed(idOf(c)) === (wanted === 'used'),
            },
      param: 'usage',
    },
  };
  return <UsageSlotsContext.Provider value={slots}>{children}</UsageSlotsContext.Provider>;
}
