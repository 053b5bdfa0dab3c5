import type { QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiError } from '@/lib/api-error';
import type { ListConnectionsResponse, PrivateLinkConnection } from '@/contract/private-link';
import { privateLinkKeys } from './keys';
import { allConnectionsQueryOptions } from './list-connections';
import { outcomeUnknown } from './outcome-unknown';

/**
 * One Create as sent. Display names are not unique (the API allows two `orders`), so its own
 * connection is told from the others by what the page had already seen by that name (`seen`, IDs)
 * and by `createTime`, no earlier than the send (`sentAt`, this browser's clock, less a margin for
 * the server's).
 */
export interface CreateAttempt {
  readonly displayName: string;
  readonly sentAt: number;
  readonly seen: readonly string[];
}

/** How far the server's clock may be behind this browser's before a connection of ours looks older than the send. */
export const CLOCK_MARGIN_MS = 60_000;

/**
 * What the page knows after a Create whose outcome was unknown, from a fresh read of the list:
 * `absent`, no new connection by that name (not created: a retry is safe); `unknown`, the list
 * could not be read (a retry looks for it first); `ambiguous`, connections by that name the page
 * had not seen, and no way to tell whether one is this one (said plainly; a retry may make another).
 */
export class UnconfirmedCreateError extends Error {
  constructor(
    readonly outcome: 'absent' | 'unknown' | 'ambiguous',
    readonly cause: ApiError,
    readonly attempt: CreateAttempt,
  ) {
    super(outcome === 'absent' ? 'not created' : outcome === 'unknown' ? 'outcome unknown' : 'cannot tell which connection is this one');
    this.name = 'UnconfirmedCreateError';
  }

  get displayName(): string {
    return this.attempt.displayName;
  }
}

/** IDs of the cluster's connections named `displayName` in any list the page holds now. */
export function seenNamed(queryClient: QueryClient, clusterId: string, displayName: string): string[] {
  const ids = new Set<string>();
  for (const [, data] of queryClient.getQueriesData<ListConnectionsResponse>({ queryKey: privateLinkKeys.lists(clusterId) }))
    for (const c of data?.privateLinkConnections ?? []) if (c.displayName === displayName && c.privateLinkConnectionId) ids.add(c.privateLinkConnectionId);
  return [...ids];
}

/**
 * Which of `all` the attempt made: `found` when exactly one connection by that name is new to the
 * page and created since the send; `none` when none is new to the page; otherwise `ambiguous`
 * (two created since the send, or only ones older than the send the page had not seen: someone
 * else's, or ours under a clock further off than the margin).
 */
export function identify(all: readonly PrivateLinkConnection[], attempt: CreateAttempt): { found: PrivateLinkConnection } | 'none' | 'ambiguous' {
  const seen = new Set(attempt.seen);
  const unseen = all.filter((c) => c.displayName === attempt.displayName && !seen.has(c.privateLinkConnectionId ?? ''));
  const since = attempt.sentAt - CLOCK_MARGIN_MS;
  const recent = unseen.filter((c) => {
    const t = Date.parse(c.createTime ?? '');
    return Number.isNaN(t) || t >= since;
  });
  if (recent.length === 1) return { found: recent[0]! };
  return unseen.length === 0 ? 'none' : 'ambiguous';
}

/** A fresh read of the cluster's whole list. */
async function readAll(queryClient: QueryClient, clusterId: string): Promise<PrivateLinkConnection[]> {
  const all = await queryClient.fetchQuery({ ...allConnectionsQueryOptions(clusterId), staleTime: 0, retry: 1, networkMode: 'always' });
  return all.privateLinkConnections;
}

/**
 * Sends a Create and never reports another connection as its own: when its outcome is unknown the
 * list is read and its connection identified (see identify); a retry after a list that could not
 * be read (`previous`) looks for the earlier attempt's connection first, and sends nothing when it
 * cannot tell; a 409 after one (a server that refuses duplicate names) is the earlier attempt that
 * landed, if it can be identified.
 */
export async function createOnce(
  queryClient: QueryClient,
  input: { clusterId: string; displayName: string; previous?: UnconfirmedCreateError },
  send: () => Promise<PrivateLinkConnection>,
): Promise<PrivateLinkConnection> {
  const { clusterId, displayName } = input;
  const previous = input.previous?.displayName === displayName ? input.previous : undefined;
  /** The earlier attempt's connection, if the list (when it can be read) tells it. */
  const earlier = async () => {
    if (!previous) return undefined;
    const all = await readAll(queryClient, clusterId).catch(() => undefined);
    const found = all ? identify(all, previous.attempt) : 'none';
    if (found === 'ambiguous') throw new UnconfirmedCreateError('ambiguous', previous.cause, previous.attempt);
    return found === 'none' ? undefined : found.found;
  };
  const found = await earlier();
  if (found) return found;
  const attempt: CreateAttempt = { displayName, sentAt: Date.now(), seen: [...seenNamed(queryClient, clusterId, displayName), ...(previous?.attempt.seen ?? [])] };
  try {
    return await send();
  } catch (error) {
    if (previous && isApiError(error) && error.status === 409) {
      const landed = await earlier().catch(() => undefined);
      if (landed) return landed;
    }
    if (!outcomeUnknown(error)) throw error;
    const all = await readAll(queryClient, clusterId).catch(() => undefined);
    if (!all) throw new UnconfirmedCreateError('unknown', error, attempt);
    const mine = identify(all, attempt);
    if (typeof mine === 'object') return mine.found;
    // A 2xx was carried out: "not created" would be false, so its own error stands.
    if (mine === 'none' && error.kind === 'invalid-response') throw error;
    throw new UnconfirmedCreateError(mine === 'none' ? 'absent' : 'ambiguous', error, attempt);
  }
}
