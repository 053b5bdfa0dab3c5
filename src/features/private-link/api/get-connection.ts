import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { privateLinkConnectionSchema, type PrivateLinkConnection } from '@/contract/private-link';
import { connectionPath, privateLinkKeys } from './keys';

/** The Get call as it is sent (also shown as "Copy as API request"). */
export const getCall = (clusterId: string, id: string) => ({ method: 'GET', path: connectionPath(clusterId, id) }) as const;

export function getConnection(clusterId: string, id: string, signal?: AbortSignal): Promise<PrivateLinkConnection> {
  return apiRequest({ ...getCall(clusterId, id), schema: privateLinkConnectionSchema, signal });
}

export const connectionQueryOptions = (clusterId: string, id: string) =>
  queryOptions({
    queryKey: privateLinkKeys.detail(clusterId, id),
    queryFn: () => getConnection(clusterId, id),
  });

/**
 * "Check now": a Get of its own, sent on the click (a click on the row's other "check now" while it
 * is out joins it). It never joins the details' Get already on its way, which may have left before
 * the user accepted the request in their cloud.
 */
export const connectionCheckQueryOptions = (clusterId: string, id: string) =>
  queryOptions({
    queryKey: privateLinkKeys.check(clusterId, id),
    queryFn: () => getConnection(clusterId, id),
    staleTime: 0,
    gcTime: 0,
  });

/** Get carries the attached domains (List does not): fetched on demand, when a row is expanded. */
export function useConnection(clusterId: string, id: string, enabled = true) {
  return useQuery({ ...connectionQueryOptions(clusterId, id), enabled });
}
