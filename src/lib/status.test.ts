import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { parseStatus, readStatus, statusKey } from './status';

const http = (status: number, retryAfterMs?: number) => new ApiError({ kind: 'http', status, message: `HTTP ${status}`, retryAfterMs });

/** A cache holding queries in the given states (set directly: what readStatus reads). */
function cacheWith(...states: object[]) {
  const client = new QueryClient();
  states.forEach((state, i) => {
    client.setQueryData(['q', i], 'data');
    Object.assign(client.getQueryCache().find({ queryKey: ['q', i] })!.state, state);
  });
  return client.getQueryCache();
}

describe('readStatus: what the page says about its connection to TiDB Cloud', () => {
  it('an empty cache, online: nothing to say', () => {
    expect(readStatus(new QueryClient().getQueryCache(), true)).toEqual({ offline: false, dataAt: undefined, keyRejected: false, rateLimitedFor: undefined, rateLimitedBy: undefined });
    expect(readStatus(new QueryClient().getQueryCache(), false).offline).toBe(true);
  });

  it('the newest data held, whichever query holds it', () => {
    expect(readStatus(cacheWith({ dataUpdatedAt: 2000 }, { dataUpdatedAt: 5000 }, { dataUpdatedAt: 3000 }), true).dataAt).toBe(5000);
    expect(readStatus(cacheWith({ dataUpdatedAt: 0 }), true).dataAt).toBeUndefined();
  });

  it('a 401 (as the error, or as the last failure of a query still fetching) means the key was refused', () => {
    expect(readStatus(cacheWith({ error: http(401) }), true).keyRejected).toBe(true);
    expect(readStatus(cacheWith({ fetchFailureReason: http(401) }), true).keyRejected).toBe(true);
    expect(readStatus(cacheWith({ error: http(403) }), true).keyRejected).toBe(false);
    expect(readStatus(cacheWith({ error: new Error('401') }), true).keyRejected).toBe(false);
  });

  it('a 429 being waited out: its seconds (rounded up; 0 when not said), and which failure it is', () => {
    const s = readStatus(cacheWith({ fetchFailureReason: http(429, 2500), fetchStatus: 'fetching', fetchFailureCount: 2 }), true);
    expect(s.rateLimitedFor).toBe(3);
    expect(s.rateLimitedBy).toBe(`${JSON.stringify(['q', 0])}:2`);
    expect(readStatus(cacheWith({ fetchFailureReason: http(429), fetchStatus: 'fetching' }), true).rateLimitedFor).toBe(0);
    // Given up (no longer fetching), or another status: nothing is being waited out.
    expect(readStatus(cacheWith({ error: http(429, 2500), fetchStatus: 'idle' }), true).rateLimitedFor).toBeUndefined();
    expect(readStatus(cacheWith({ fetchFailureReason: http(503, 2500), fetchStatus: 'fetching' }), true).rateLimitedFor).toBeUndefined();
  });

  it('statusKey and parseStatus: the same status back, compared by value', () => {
    const s = readStatus(cacheWith({ dataUpdatedAt: 7, error: http(401) }), false);
    expect(parseStatus(statusKey(s))).toEqual(s);
    expect(statusKey(s)).toBe(statusKey({ ...s }));
  });
});
