import type { QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiError } from '@/lib/api-error';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { allConnectionsQueryOptions } from './list-connections';

/**
 * A Create whose outcome is not known: it may have reached TiDB Cloud and been carried out
 * (no answer in time, the connection lost, a server error after sending).
 */
export function outcomeUnknown(error: unknown): error is ApiError {
  return isApiError(error) && (error.kind === 'timeout' || error.kind === 'network' || (error.kind === 'http' && error.status >= 500));
}

/**
 * What the page knows after a Create whose outcome was unknown: `checked` when the list was read
 * afresh and has no connection by that name (it was not created: a retry is safe), otherwise the
 * list could not be read (a retry looks for it first).
 */
export class UnconfirmedCreateError extends Error {
  constructor(
    readonly checked: boolean,
    readonly cause: ApiError,
  ) {
    super(checked ? 'not created' : 'outcome unknown');
    this.name = 'UnconfirmedCreateError';
  }
}

/** The cluster's connection named `displayName`, from a fresh read of the whole list. */
export async function findByName(queryClient: QueryClient, clusterId: string, displayName: string): Promise<PrivateLinkConnection | undefined> {
  const all = await queryClient.fetchQuery({ ...allConnectionsQueryOptions(clusterId), staleTime: 0, retry: 1, networkMode: 'always' });
  return all.privateLinkConnections.find((c) => c.displayName === displayName);
}

/**
 * Sends a Create and never makes a duplicate: when its outcome is unknown the list is read and the
 * connection recognised by name ("created" if it is there); a retry after such an outcome
 * (`checkFirst`) looks first; a 409 after one is the earlier attempt that landed.
 */
export async function createOnce(
  queryClient: QueryClient,
  input: { clusterId: string; displayName: string; checkFirst?: boolean },
  send: () => Promise<PrivateLinkConnection>,
): Promise<PrivateLinkConnection> {
  const find = () => findByName(queryClient, input.clusterId, input.displayName);
  if (input.checkFirst) {
    const found = await find().catch(() => undefined);
    if (found) return found;
  }
  try {
    return await send();
  } catch (error) {
    if (input.checkFirst && isApiError(error) && error.status === 409) {
      const found = await find().catch(() => undefined);
      if (found) return found;
    }
    if (!outcomeUnknown(error)) throw error;
    const found = await find().then(
      (c) => c ?? null,
      () => undefined,
    );
    if (found) return found;
    throw new UnconfirmedCreateError(found === null, error);
  }
}
