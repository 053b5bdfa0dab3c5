import type { QueryClient } from '@tanstack/react-query';
import { privateLinkKeys } from './keys';

/** Refetches the list (and a connection's detail) and resolves when they are fresh. */
export function invalidateConnections(queryClient: QueryClient, clusterId: string, id?: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: privateLinkKeys.lists(clusterId) }),
    id ? queryClient.invalidateQueries({ queryKey: privateLinkKeys.detail(clusterId, id) }) : undefined,
  ]).then(() => undefined);
}
