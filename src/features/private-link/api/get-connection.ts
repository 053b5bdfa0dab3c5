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

/** Get carries the attached domains (List does not): fetched on demand, when a row is expanded. */
export function useConnection(clusterId: string, id: string, enabled = true) {
  return useQuery({ ...connectionQueryOptions(clusterId, id), enabled });
}
