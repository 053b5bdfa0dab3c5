import { onlineManager, type QueryCache } from '@tanstack/react-query';
import { isApiError } from './api-error';

/** What the page says about its connection to TiDB Cloud, from the query cache and onlineManager. */
export interface ApiStatus {
  offline: boolean;
  /** When the newest data held was fetched (ms), if any. */
  dataAt: number | undefined;
  /** A request answered 401: the API key is missing or wrong. */
  keyRejected: boolean;
  /** A read waiting out a 429: seconds until it is tried again (as the API said), or 0 if not said. */
  rateLimitedFor: number | undefined;
  /** Which 429 answer that is (the query and its failure count): each starts its own countdown. */
  rateLimitedBy: string | undefined;
}

export function readStatus(cache: QueryCache, online = onlineManager.isOnline()): ApiStatus {
  let dataAt: number | undefined;
  let keyRejected = false;
  let rateLimitedFor: number | undefined;
  let rateLimitedBy: string | undefined;
  for (const q of cache.getAll()) {
    if (q.state.dataUpdatedAt) dataAt = Math.max(dataAt ?? 0, q.state.dataUpdatedAt);
    const e = q.state.error ?? q.state.fetchFailureReason;
    if (!isApiError(e)) continue;
    if (e.status === 401) keyRejected = true;
    if (e.status === 429 && q.state.fetchStatus === 'fetching') {
      rateLimitedFor = Math.ceil((e.retryAfterMs ?? 0) / 1000);
      rateLimitedBy = `${q.queryHash}:${q.state.fetchFailureCount}`;
    }
  }
  return { offline: !online, dataAt, keyRejected, rateLimitedFor, rateLimitedBy };
}

/** The status as a string, so that useSyncExternalStore compares it by value; `parseStatus` reads it back. */
export const statusKey = (s: ApiStatus) => JSON.stringify(s);
export const parseStatus = (key: string) => JSON.parse(key) as ApiStatus;

/** Calls `notify` whenever what readStatus reads may have changed; returns the unsubscribe. */
export function subscribeStatus(cache: QueryCache, notify: () => void): () => void {
  const a = cache.subscribe(notify);
  const b = onlineManager.subscribe(notify);
  return () => {
    a();
    b();
  };
}
