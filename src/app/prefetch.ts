import type { QueryClient } from '@tanstack/react-query';
import { clusterQueryOptions, clustersQueryOptions } from '@/features/clusters/api/clusters';
import { projectsQueryOptions } from '@/features/projects/api/list-projects';
import { allChangefeedsQueryOptions } from '@/features/usage/api/list-changefeeds';
import { allMigrationsQueryOptions } from '@/features/usage/api/list-migrations';
import { allConnectionsQueryOptions, connectionsQueryOptions } from '@/features/private-link/api/list-connections';
import { matchNetworking } from '@/lib/router';
import { checkedParam } from '@/lib/search-params';
import { USAGE_PARAM } from './changefeed-usage';

/**
 * What the Networking page of `clusterId` reads first, asked for all at once: the cluster, its
 * connections (every page when a filter needs them all) and the Used by column's changefeeds and migrations. The
 * list needs only the cluster ID, so it is not asked for after the cluster.
 */
export function prefetchNetworking(queryClient: QueryClient, clusterId: string, search: string): Promise<unknown> {
  const state = checkedParam(search, 'state') ?? '';
  const all = checkedParam(search, 'q')?.trim() || checkedParam(search, USAGE_PARAM);
  return Promise.all([
    queryClient.prefetchQuery(clusterQueryOptions(clusterId)),
    all
      ? queryClient.prefetchQuery(allConnectionsQueryOptions(clusterId, state))
      : queryClient.prefetchQuery(connectionsQueryOptions(clusterId, undefined, state)),
    queryClient.prefetchQuery(allChangefeedsQueryOptions(clusterId)),
    // Sent now too, but not waited for (main.tsx waits for these reads before the first render):
    // the migrations never hold the rows back.
    void queryClient.prefetchQuery(allMigrationsQueryOptions(clusterId)),
  ]);
}

/**
 * The first page's reads, started as the app's code runs: before React's first render and commit
 * (a query asked for by a mounted component starts only after both: ~170 ms later at 1× CPU, ~1 s at 4×).
 */
export function prefetchFirstPage(queryClient: QueryClient, { pathname, search }: Pick<Location, 'pathname' | 'search'>): Promise<unknown> {
  const clusterId = matchNetworking(pathname);
  return Promise.all([
    queryClient.prefetchQuery(clustersQueryOptions()),
    // The shell's project names (the account API): sent alongside, never waited for.
    void queryClient.prefetchQuery(projectsQueryOptions()),
    clusterId && prefetchNetworking(queryClient, clusterId, search),
  ]);
}
