import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { budgetOf, withinBudget, type RequestBudget } from '@/lib/request-budget';
import { listConnectionsResponseSchema, type ListConnectionsResponse, type PrivateLinkConnection } from '@/contract/private-link';
import { connectionsPath, privateLinkKeys } from './keys';

export const LIST_PAGE_SIZE = 20;
/** The API's largest page, used when every connection is needed (text filter). */
export const MAX_PAGE_SIZE = 100;
/** While a connection is being created or deleted: the change is seconds away. */
export const FAST_POLL_MS = 2000;
/** While connections only wait for acceptance: that waits on a person, maybe for hours. */
export const SLOW_POLL_MS = 30_000;
/** While the tab is hidden, and only while a connection is being created or waits for acceptance. */
export const BACKGROUND_POLL_MS = 60_000;
/**
 * TiDB Cloud allows 100 requests a minute per key. List calls, whoever makes them (polling, paging,
 * window focus, retries), keep to 60 of them; polling alone to 30, so a fetch of n pages polls at
 * most every n × 2 s. The rest is left to the details, changefeeds and the user's own actions.
 */
export const LIST_REQUESTS_PER_MINUTE = 60;
export const POLL_REQUESTS_PER_MINUTE = 30;
/** The list calls' budget of one app (its QueryClient stands for one API key). */
export const listBudget = (client: QueryClient) => budgetOf(client, LIST_REQUESTS_PER_MINUTE);

export interface ListParams {
  pageSize: number;
  pageToken?: string;
  /** Only connections in this state (the API filters). */
  state?: string;
}

export function listConnections(
  clusterId: string,
  params: ListParams,
  signal?: AbortSignal,
  budget?: RequestBudget,
): Promise<ListConnectionsResponse> {
  const request = () =>
    apiRequest({
      path: connectionsPath(clusterId),
      query: { pageSize: params.pageSize, pageToken: params.pageToken, state: params.state },
      schema: listConnectionsResponseSchema,
      signal,
    });
  return budget ? withinBudget(budget, request, signal) : request();
}

/** Follows `nextPageToken` to the end: one request per hundred connections. */
export async function listAllConnections(
  clusterId: string,
  state: string | undefined,
  signal?: AbortSignal,
  budget?: RequestBudget,
): Promise<ListConnectionsResponse> {
  const all: PrivateLinkConnection[] = [];
  let pageToken: string | undefined;
  do {
    const page = await listConnections(clusterId, { pageSize: MAX_PAGE_SIZE, pageToken, state }, signal, budget);
    all.push(...page.privateLinkConnections);
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return { privateLinkConnections: all, totalSize: all.length };
}

export const isTabHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * How often to refresh a list answer: quickly while something is being created or deleted, slowly
 * while connections only wait for acceptance, never when nothing changes by itself — and never
 * faster than the polling budget allows for the `requests` one refresh takes. In a hidden tab, once
 * a minute while a connection is being created or waits for acceptance (so a change reaches the
 * tab's title), else not at all.
 */
export function pollInterval(data: ListConnectionsResponse | undefined, requests = 1, hidden = isTabHidden()): number | false {
  const states = new Set(data?.privateLinkConnections.map((c) => c.state));
  const waiting = states.has('CREATING') || states.has('PENDING_ACCEPTANCE');
  const base = hidden
    ? waiting && BACKGROUND_POLL_MS
    : states.has('CREATING') || states.has('DELETING')
      ? FAST_POLL_MS
      : states.has('PENDING_ACCEPTANCE')
        ? SLOW_POLL_MS
        : false;
  return base && Math.max(base, Math.ceil((requests * 60_000) / POLL_REQUESTS_PER_MINUTE));
}

/** The requests one fetch of every connection takes (one per hundred). */
export const pagesOf = (data: ListConnectionsResponse | undefined) =>
  Math.max(1, Math.ceil((data?.privateLinkConnections.length ?? 0) / MAX_PAGE_SIZE));

// A hidden tab polls too (refetchIntervalInBackground), at pollInterval's background pace; the list
// is refetched when the window regains focus. Whoever renders these queries re-renders when the tab
// is hidden or shown (useTabHidden), so the interval is recomputed at once, not after the next read.
export const connectionsQueryOptions = (clusterId: string, pageToken?: string, state?: string) => {
  const params: ListParams = { pageSize: LIST_PAGE_SIZE, pageToken, state: state || undefined };
  return queryOptions({
    queryKey: privateLinkKeys.list(clusterId, params),
    queryFn: ({ client }) => listConnections(clusterId, params, undefined, listBudget(client)),
    refetchInterval: (query) => pollInterval(query.state.data),
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
  });
};

export const allConnectionsQueryOptions = (clusterId: string, state?: string) =>
  queryOptions({
    queryKey: privateLinkKeys.listAll(clusterId, state || undefined),
    queryFn: ({ client }) => listAllConnections(clusterId, state || undefined, undefined, listBudget(client)),
    refetchInterval: (query) => pollInterval(query.state.data, pagesOf(query.state.data)),
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
  });

export function useConnections(clusterId: string, pageToken?: string, state?: string, enabled = true) {
  return useQuery({ ...connectionsQueryOptions(clusterId, pageToken, state), enabled });
}

export function useAllConnections(clusterId: string, state: string | undefined, enabled: boolean) {
  return useQuery({ ...allConnectionsQueryOptions(clusterId, state), enabled });
}
