import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { clusterSchema, listClustersResponseSchema } from '@/contract/clusters';

export const clusterKeys = {
  all: ['clusters'] as const,
  list: () => [...clusterKeys.all, 'list'] as const,
  detail: (clusterId: string) => [...clusterKeys.all, 'detail', clusterId] as const,
};

export const clustersQueryOptions = () =>
  queryOptions({
    queryKey: clusterKeys.list(),
    queryFn: () => apiRequest({ path: '/v1beta1/clusters', query: { pageSize: 100 }, schema: listClustersResponseSchema }),
    staleTime: 60_000,
  });

export const clusterQueryOptions = (clusterId: string) =>
  queryOptions({
    queryKey: clusterKeys.detail(clusterId),
    queryFn: () => apiRequest({ path: `/v1beta1/clusters/${encodeURIComponent(clusterId)}`, schema: clusterSchema }),
    staleTime: 60_000,
  });

export const useClusters = () => useQuery(clustersQueryOptions());
export const useCluster = (clusterId: string) => useQuery(clusterQueryOptions(clusterId));
