import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { shouldRetryRead } from '@/lib/query-client';
import { availabilityZonesResponseSchema, type AvailabilityZonesResponse } from '@/contract/private-link';
import { connectionsPath, privateLinkKeys } from './keys';

/** The zones call as it is sent (also shown as "Copy as API request"). */
export const zonesCall = (clusterId: string) => ({ method: 'GET', path: `${connectionsPath(clusterId)}:getAvailabilityZones` }) as const;

export function getAvailabilityZones(clusterId: string, signal?: AbortSignal): Promise<AvailabilityZonesResponse> {
  return apiRequest({ ...zonesCall(clusterId), schema: availabilityZonesResponseSchema, signal });
}

export const availabilityZonesQueryOptions = (clusterId: string) =>
  queryOptions({
    queryKey: privateLinkKeys.zones(clusterId),
    queryFn: () => getAvailabilityZones(clusterId),
    staleTime: 10 * 60_000,
    // The Create dialog waits on this box: offline or after a 429 it says so at once (with Retry)
    // instead of spinning through the Retry-After; it loads again when the network is back.
    networkMode: 'always',
    retry: (failures, error) =>
      shouldRetryRead(failures, error) && !(isApiError(error) && (error.status === 429 || error.kind === 'network')),
  });

/** TiDB Cloud's account ID and the cluster's zones; fetched when the Create dialog opens. */
export function useAvailabilityZones(clusterId: string) {
  return useQuery(availabilityZonesQueryOptions(clusterId));
}
