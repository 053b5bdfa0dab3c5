import { useAllChangefeeds } from './api/list-changefeeds';
import { useAllMigrations } from './api/list-migrations';
import { ridersByConnection, usageOf, usersFound, type Usage } from './usage';

/** A connection as the usage lists name it: its ID, and its endpoint's ID when known (migrations may name either). */
export interface ConnectionRef {
  connectionId: string;
  endpointId?: string;
}

const idsOf = ({ connectionId, endpointId }: ConnectionRef) => (endpointId ? [connectionId, endpointId] : [connectionId]);

/** The cluster's changefeeds (by connection) and migrations: one query each, shared by every caller. */
function useLists(clusterId: string, fresh = false) {
  const changefeeds = useAllChangefeeds(clusterId, { fresh });
  const migrations = useAllMigrations(clusterId, { fresh });
  // Derived on each render: the React Compiler caches it; the lists are small.
  const byConnection = changefeeds.data ? ridersByConnection(changefeeds.data.changefeeds) : undefined;
  const retry = () => {
    if (changefeeds.isError || !changefeeds.data?.complete) void changefeeds.refetch();
    if (migrations.isError || !migrations.data?.complete) void migrations.refetch();
  };
  return { changefeeds, migrations, byConnection, refreshing: changefeeds.isFetching || migrations.isFetching, retry };
}

/**
 * What is known of the changefeeds and migrations using one connection; `refreshing` while a list
 * reloads. `fresh`: reload the lists on mount (a dialog about to break what uses the connection).
 */
export function useConnectionUsage(
  clusterId: string,
  connection: ConnectionRef,
  { fresh = false } = {},
): { usage: Usage; refreshing: boolean; retry: () => void } {
  const { changefeeds, migrations, byConnection, refreshing, retry } = useLists(clusterId, fresh);
  return { usage: usageOf(changefeeds, migrations, idsOf(connection), byConnection), refreshing, retry };
}

/** For a filter: whether each connection is used (undefined while that cannot be said). */
export function useUsedConnections(clusterId: string): { isUsed: (connection: ConnectionRef) => boolean | undefined; status: Usage['status'] } {
  const { changefeeds, migrations, byConnection } = useLists(clusterId);
  const status = usageOf(changefeeds, migrations, [], byConnection).status;
  // A connection with users is used even when a list failed to refresh or is incomplete.
  const isUsed = (connection: ConnectionRef) =>
    usersFound(usageOf(changefeeds, migrations, idsOf(connection), byConnection)) > 0 ? true : status === 'known' ? false : undefined;
  return { status, isUsed };
}
