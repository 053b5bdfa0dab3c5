import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter } from '@tanstack/react-router';
import { clusterQueryOptions, clustersQueryOptions } from '@/features/clusters/api/clusters';
import { projectsQueryOptions } from '@/features/projects/api/list-projects';
import { allChangefeedsQueryOptions } from '@/features/usage/api/list-changefeeds';
import { allMigrationsQueryOptions } from '@/features/usage/api/list-migrations';
import {
  allConnectionsQueryOptions,
  connectionsQueryOptions,
} from '@/features/private-link/api/list-connections';
import { Home, NotFound, PageLoadError, RootLayout } from './app';
import { parseSearch, stringifySearch, validateNetworkingSearch } from './search';

interface RouterContext {
  queryClient: QueryClient;
}

/** The shell's project names (the account API): asked for after a page's own reads, never waited for. */
const startProjectNames = (queryClient: QueryClient) => void queryClient.prefetchQuery(projectsQueryOptions());

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
});

/** `/` goes to the first cluster's Networking page once the clusters are known (app.tsx: Home). */
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  // Starts the read without waiting: a slow or rate-limited answer shows as such on the page.
  loader: ({ context: { queryClient } }) => {
    void queryClient.ensureQueryData(clustersQueryOptions()).catch(() => undefined);
    startProjectNames(queryClient);
  },
  component: Home,
});

/** How long arriving on a cluster's page waits for its rows before it renders without them. */
export const FIRST_ROWS_WAIT_MS = 150;

/** Settles when `work` does or after `ms`, whichever is first (a plain timer, cleared). */
function settledOrAfter(ms: number, work: Promise<unknown>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work.then(() => undefined), waited]).finally(() => clearTimeout(timer));
}

const networkingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/clusters/$clusterId/settings/networking',
  validateSearch: validateNetworkingSearch,
  loaderDeps: ({ search }) => ({ state: search.state, all: !!search.q?.trim() || !!search.usage }),
  /**
   * Starts the page's reads, its own first (the cluster, its connections), then what only annotates
   * them: a browser opens six connections to a host, and the demo's mock answers one at a time.
   * Arriving, it waits up to FIRST_ROWS_WAIT_MS so a prompt API's rows are in the first frame; a
   * changed filter never waits (the page keeps its rows) and reads only what it lacks. Failures are
   * the page's to show.
   */
  loader: ({ context: { queryClient }, params: { clusterId }, deps: { state, all }, cause }) => {
    // A read that fails here is tried again by the page's query.
    const start = (read: Promise<unknown>) => read.catch(() => undefined);
    const revalidateIfStale = cause === 'enter';
    const cluster = start(
      queryClient.ensureQueryData({ ...clusterQueryOptions(clusterId), revalidateIfStale }),
    );
    const rows = start(
      all
        ? queryClient.ensureQueryData({
            ...allConnectionsQueryOptions(clusterId, state),
            revalidateIfStale,
          })
        : queryClient.ensureQueryData({
            ...connectionsQueryOptions(clusterId, undefined, state),
            revalidateIfStale,
          }),
    );
    void start(queryClient.ensureQueryData({ ...clustersQueryOptions(), revalidateIfStale }));
    void start(queryClient.ensureQueryData({ ...allChangefeedsQueryOptions(clusterId), revalidateIfStale }));
    void start(queryClient.ensureQueryData({ ...allMigrationsQueryOptions(clusterId), revalidateIfStale }));
    if (cause !== 'enter') return;
    startProjectNames(queryClient);
    return settledOrAfter(FIRST_ROWS_WAIT_MS, Promise.all([cluster, rows]));
  },
  // The page's code (the panel and its list) is a chunk of its own, fetched beside the loader's
  // reads: the first chunk only has to start them. If it cannot arrive, the page says so in place.
  errorComponent: PageLoadError,
}).lazy(() => import('./networking-page').then((m) => m.Route));

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
