import { useAllChangefeeds } from './api/list-changefeeds';
import { ridersByConnection, usageOf, type Usage } from './usage';

/** Changefeeds by connection, from the cluster's one changefeeds query. */
function useRiders(clusterId: string, fresh = false) {
  const query = useAllChangefeeds(clusterId, { fresh });
  const byConnection = query.data ? ridersByConnection(query.data.changefeeds) : undefined;
  return { query, byConnection };
}

/**
 * What is known of the changefeeds using one connection; `refreshing` while the list reloads.
 * `fresh`: reload the list on mount (see useAllChangefeeds).
 */
export function useConnectionUsage(
  clusterId: string,
  connectionId: string,
  { fresh = false } = {},
): { usage: Usage; refreshing: boolean; retry: () => void } {
  const { query, byConnection } = useRiders(clusterId, fresh);
  return {
    usage: usageOf(query, connectionId, byConnection),
    refreshing: query.isFetching,
    retry: () => void query.refetch(),
  };
}

/** For a filter: whether each connection is used (undefined while that cannot be said). */
export function useUsedConnections(clusterId: string): { isUsed: (connectionId: string) => boolean | undefined; status: Usage['status'] } {
  const { query, byConnection } = useRiders(clusterId);
  const status = usageOf(query, '', byConnection).status;
  // A connection with riders is used even when the list failed to refresh or is incomplete.
  const isUsed = (connectionId: string) => (byConnection?.get(connectionId)?.length ? true : status === 'known' ? false : undefined);
  return { status, isUsed };
}
