import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
} from '@tanstack/react-router';
import { clusterQueryOptions, clustersQueryOptions } from '@/features/clusters/api/clusters';
import { projectsQueryOptions } from '@/features/projects/api/list-projects';
import { allChangefeedsQueryOptions } from '@/features/usage/api/list-changefeeds';
import { allMigrationsQueryOptions } from '@/features/usage/api/list-migrations';
import {
  allConnectionsQueryOptions,
  connectionsQueryOptions,
} from '@/features/private-link/api/list-connections';
import { Home, NotFound, RootLayout } from './app';
import { NetworkingRoute } from './networking-page';
import { parseSearch, stringifySearch, validateNetworkingSearch } from './search';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // The shell's project names (the account API): asked for on every page, never waited for.
  loader: ({ context: { queryClient } }) => void queryClient.prefetchQuery(projectsQueryOptions()),
  component: RootLayout,
  notFoundComponent: NotFound,
});

/** `/` goes to the first cluster's Networking page once the clusters are known (app.tsx: Home). */
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  // Starts the read without waiting: a slow or rate-limited answer shows as such on the page (and in the banner).
  loader: ({ context: { queryClient } }) =>
    void queryClient.ensureQueryData(clustersQueryOptions()).catch(() => undefined),
  component: Home,
});

export const networkingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/clusters/$clusterId/settings/networking',
  validateSearch: validateNetworkingSearch,
  loaderDeps: ({ search }) => ({ state: search.state, all: !!search.q?.trim() || !!search.usage }),
  /**
   * The page's reads, all at once, before it renders: the cluster, its connections (every page when
   * a filter needs them all) and the Used by column's changefeeds and migrations. Started, not awaited: the page
   * renders at once with its own loading states, which also keep a changed filter's previous rows
   * (a route waiting for its loader would hold the old filter on screen). Failures are the page's
   * to show, never the router's.
   */
  loader: ({ context: { queryClient }, params: { clusterId }, deps: { state, all } }) => {
    // Failures are the page's to show: a read that fails here is tried again by the page's query.
    const start = (read: Promise<unknown>) => void read.catch(() => undefined);
    start(queryClient.ensureQueryData({ ...clustersQueryOptions(), revalidateIfStale: true }));
    start(queryClient.ensureQueryData({ ...clusterQueryOptions(clusterId), revalidateIfStale: true }));
    start(
      all
        ? queryClient.ensureQueryData({
            ...allConnectionsQueryOptions(clusterId, state),
            revalidateIfStale: true,
          })
        : queryClient.ensureQueryData({
            ...connectionsQueryOptions(clusterId, undefined, state),
            revalidateIfStale: true,
          }),
    );
    start(queryClient.ensureQueryData({ ...allChangefeedsQueryOptions(clusterId), revalidateIfStale: true }));
    start(queryClient.ensureQueryData({ ...allMigrationsQueryOptions(clusterId), revalidateIfStale: true }));
  },
  component: NetworkingRoute,
});

export const routeTree = rootRoute.addChildren([homeRoute, networkingRoute]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    // Hovering or focusing a link to another cluster starts its reads.
    defaultPreload: 'intent',
    // TanStack Query keeps the data: the router's own cache would only hide a refetch.
    defaultPreloadStaleTime: 0,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
  interface HistoryState {
    /** Which search parameters this history entry was written for (lib/search-state.ts). */
    searchEntry?: string;
  }
}
