import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
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
    queryFn: ({ signal }) => getAvailabilityZones(clusterId, signal),
    staleTime: 10 * 60_000,
  });

/** TiDB Cloud's account ID and the cluster's zones; fetched when the Create dialog opens. */
export function useAvailabilityZones(clusterId: string) {
  return useQuery(availabilityZonesQueryOptions(clusterId));
}
