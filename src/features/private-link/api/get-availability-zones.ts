import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { availabilityZonesResponseSchema, type AvailabilityZonesResponse } from '@/contract/private-link';
import { connectionsPath, privateLinkKeys } from './keys';

export function getAvailabilityZones(clusterId: string, signal?: AbortSignal): Promise<AvailabilityZonesResponse> {
  return apiRequest({
    path: `${connectionsPath(clusterId)}:getAvailabilityZones`,
    schema: availabilityZonesResponseSchema,
    signal,
  });
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
