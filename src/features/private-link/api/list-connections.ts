import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { listConnectionsResponseSchema, TRANSITIONAL_STATES, type ListConnectionsResponse } from './contract';
import { connectionsPath, privateLinkKeys } from './keys';

export const LIST_PAGE_SIZE = 20;
/** How often the list refreshes while a connection is in a transitional state. */
export const TRANSITION_POLL_MS = 2000;

export function listConnections(
  clusterId: string,
  params: { pageSize: number; pageToken?: string },
  signal?: AbortSignal,
): Promise<ListConnectionsResponse> {
  return apiRequest({
    path: connectionsPath(clusterId),
    query: { pageSize: params.pageSize, pageToken: params.pageToken },
    schema: listConnectionsResponseSchema,
    signal,
  });
}

export function hasTransitional(data: ListConnectionsResponse | undefined): boolean {
  return !!data?.privateLinkConnections.some((c) => c.state && TRANSITIONAL_STATES.includes(c.state));
}

export const connectionsQueryOptions = (clusterId: string, pageToken?: string) => {
  const params = { pageSize: LIST_PAGE_SIZE, pageToken };
  return queryOptions({
    queryKey: privateLinkKeys.list(clusterId, params),
    queryFn: ({ signal }) => listConnections(clusterId, params, signal),
    // Poll only while something is changing; React Query pauses it while the tab is hidden.
    refetchInterval: (query) => (hasTransitional(query.state.data) ? TRANSITION_POLL_MS : false),
    placeholderData: keepPreviousData,
  });
};

export function useConnections(clusterId: string, pageToken?: string) {
  return useQuery(connectionsQueryOptions(clusterId, pageToken));
}
