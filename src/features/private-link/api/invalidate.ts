import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import { privateLinkKeys } from './keys';

/** Refetches the list (and a connection's detail) and resolves when they are fresh. */
export function invalidateConnections(queryClient: QueryClient, clusterId: string, id?: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: privateLinkKeys.lists(clusterId) }),
    id ? queryClient.invalidateQueries({ queryKey: privateLinkKeys.detail(clusterId, id), exact: true }) : undefined,
  ]).then(() => undefined);
}

/** A 404 on a row action: the connection was deleted elsewhere, so the list is refreshed. */
export function invalidateIfGone(
  queryClient: QueryClient,
  error: unknown,
  input: { clusterId: string; connectionId: string },
): Promise<void> | undefined {
  if (isApiError(error) && error.status === 404) return invalidateConnections(queryClient, input.clusterId, input.connectionId);
  return undefined;
}
