import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { listConnectionsResponseSchema, TRANSITIONAL_STATES, type ListConnectionsResponse, type PrivateLinkConnection } from '@/contract/private-link';
import { connectionsPath, privateLinkKeys } from './keys';

export const LIST_PAGE_SIZE = 20;
/** The API's largest page, used when every connection is needed (text filter). */
export const MAX_PAGE_SIZE = 100;
/** How often the list refreshes while a connection is in a transitional state. */
export const TRANSITION_POLL_MS = 2000;

export interface ListParams {
  pageSize: number;
  pageToken?: string;
  /** Only connections in this state (the API filters). */
  state?: string;
}

export function listConnections(clusterId: string, params: ListParams, signal?: AbortSignal): Promise<ListConnectionsResponse> {
  return apiRequest({
    path: connectionsPath(clusterId),
    query: { pageSize: params.pageSize, pageToken: params.pageToken, state: params.state },
    schema: listConnectionsResponseSchema,
    signal,
  });
}

/** Follows `nextPageToken` to the end: one request per hundred connections. */
export async function listAllConnections(clusterId: string, state: string | undefined, signal?: AbortSignal): Promise<ListConnectionsResponse> {
  const all: PrivateLinkConnection[] = [];
  let pageToken: string | undefined;
  do {
    const page = await listConnections(clusterId, { pageSize: MAX_PAGE_SIZE, pageToken, state }, signal);
    all.push(...page.privateLinkConnections);
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return { privateLinkConnections: all, totalSize: all.length };
}

export function hasTransitional(data: ListConnectionsResponse | undefined): boolean {
  return !!data?.privateLinkConnections.some((c) => c.state && TRANSITIONAL_STATES.includes(c.state));
}

// Poll only while something is changing; React Query pauses it while the tab is hidden.
const pollWhileTransitional = (query: { state: { data: ListConnectionsResponse | undefined } }) =>
  hasTransitional(query.state.data) ? TRANSITION_POLL_MS : false;

export const connectionsQueryOptions = (clusterId: string, pageToken?: string, state?: string) => {
  const params: ListParams = { pageSize: LIST_PAGE_SIZE, pageToken, state: state || undefined };
  return queryOptions({
    queryKey: privateLinkKeys.list(clusterId, params),
    queryFn: ({ signal }) => listConnections(clusterId, params, signal),
    refetchInterval: pollWhileTransitional,
    placeholderData: keepPreviousData,
  });
};

export const allConnectionsQueryOptions = (clusterId: string, state?: string) =>
  queryOptions({
    queryKey: privateLinkKeys.listAll(clusterId, state || undefined),
    queryFn: ({ signal }) => listAllConnections(clusterId, state || undefined, signal),
    refetchInterval: pollWhileTransitional,
    placeholderData: keepPreviousData,
  });

export function useConnections(clusterId: string, pageToken?: string, state?: string, enabled = true) {
  return useQuery({ ...connectionsQueryOptions(clusterId, pageToken, state), enabled });
}

export function useAllConnections(clusterId: string, state: string | undefined, enabled: boolean) {
  return useQuery({ ...allConnectionsQueryOptions(clusterId, state), enabled });
}
