import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import { getConnection } from './get-connection';
import { privateLinkKeys } from './keys';

/**
 * Refetches the list (and a connection's detail) and resolves when they are fresh. A read already
 * out is dropped (TanStack's cancelRefetch): sent before the change, it would put the older state back.
 */
export function invalidateConnections(queryClient: QueryClient, clusterId: string, id?: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: privateLinkKeys.lists(clusterId) }),
    id ? queryClient.invalidateQueries({ queryKey: privateLinkKeys.detail(clusterId, id), exact: true }) : undefined,
  ]).then(() => undefined);
}

/**
 * A 404 on an action that names a connection and something in it: which one was not found.
 * `connection` when the connection is gone, `domain` when the connection is there but the attached
 * domains are not (already detached elsewhere).
 */
export class NotFoundError extends Error {
  constructor(
    readonly what: 'connection' | 'domain',
    readonly cause: unknown,
  ) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/**
 * A row action failed: on a 404 or 409 the list (and the connection) was out of date, so it is
 * refreshed; a 404 is told apart (connection or attached domain) by asking for the connection.
 * Used as a mutation's `mutationFn` wrapper: the error the dialog shows is the one thrown here.
 */
export async function explainFailure(
  queryClient: QueryClient,
  error: unknown,
  input: { clusterId: string; connectionId: string },
  partOf?: 'domain',
): Promise<never> {
  if (!isApiError(error) || (error.status !== 404 && error.status !== 409)) throw error;
  // The list refreshes behind the dialog; the dialog does not wait for it.
  void invalidateConnections(queryClient, input.clusterId, input.connectionId);
  if (error.status === 409) throw error;
  if (!partOf) throw new NotFoundError('connection', error);
  const stillThere = await getConnection(input.clusterId, input.connectionId).then(
    () => true,
    (e: unknown) => !(isApiError(e) && e.status === 404),
  );
  throw new NotFoundError(stillThere ? 'domain' : 'connection', error);
}
