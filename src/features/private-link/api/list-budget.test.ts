import { focusManager, QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID, SEED_PENDING_ID } from '@mocks/seed';
import { db, server } from '@mocks/node';
import { createQueryClient } from '@/lib/query-client';
import { createRequestBudget, withinBudget } from '@/lib/request-budget';
import type { ListConnectionsResponse } from '@/contract/private-link';
import {
  allConnectionsQueryOptions,
  connectionsQueryOptions,
  BACKGROUND_POLL_MS,
  FAST_POLL_MS,
  LIST_REQUESTS_PER_MINUTE,
  pollInterval,
  POLL_REQUESTS_PER_MINUTE,
  SLOW_POLL_MS,
} from './list-connections';

const conns = (...states: string[]): ListConnectionsResponse => ({
  privateLinkConnections: states.map((state, i) => ({ clusterId: 'c', displayName: `c${i}`, type: 'AWS_ENDPOINT_SERVICE', state })),
  totalSize: states.length,
});

describe('pollInterval: a person’s pace', () => {
  it('polls every 2 s only while something is being created or deleted', () => {
    expect(pollInterval(conns('ACTIVE', 'CREATING'))).toBe(FAST_POLL_MS);
    expect(pollInterval(conns('PENDING_ACCEPTANCE', 'DELETING'))).toBe(FAST_POLL_MS);
  });
  it('polls every 30 s while only acceptance is awaited, and not at all when nothing changes by itself', () => {
    expect(pollInterval(conns('ACTIVE', 'PENDING_ACCEPTANCE', 'FAILED'))).toBe(SLOW_POLL_MS);
    expect(pollInterval(conns('ACTIVE', 'FAILED'))).toBe(false);
    expect(pollInterval(undefined)).toBe(false);
  });
  it('in a hidden tab: once a minute while a connection is created or awaits acceptance, else never', () => {
    expect(pollInterval(conns('ACTIVE', 'CREATING'), 1, true)).toBe(BACKGROUND_POLL_MS);
    expect(pollInterval(conns('PENDING_ACCEPTANCE'), 1, true)).toBe(BACKGROUND_POLL_MS);
    expect(pollInterval(conns('ACTIVE', 'DELETING', 'FAILED'), 1, true)).toBe(false);
    expect(pollInterval(conns('CREATING'), 40, true)).toBe(80_000); // 40 pages a refresh: the budget still rules
  });
  it('slows down as one refresh takes more requests (10 pages: every 20 s)', () => {
    expect(pollInterval(conns('CREATING'), 10)).toBe((10 * 60_000) / POLL_REQUESTS_PER_MINUTE);
    expect(pollInterval(conns('PENDING_ACCEPTANCE'), 10)).toBe(SLOW_POLL_MS);
  });
});

describe('createRequestBudget', () => {
  it('lets `limit` requests through in any minute and holds the next until the oldest is a minute old', async () => {
    vi.useFakeTimers();
    try {
      const budget = createRequestBudget(3);
      const times: number[] = [];
      const start = Date.now();
      for (let i = 0; i < 4; i++) void budget.take().then(() => times.push(Date.now() - start));
      await vi.advanceTimersByTimeAsync(59_999);
      expect(times).toEqual([0, 0, 0]); // the 4th waits for the first to be a minute old
      await vi.advanceTimersByTimeAsync(1);
      expect(times).toEqual([0, 0, 0, 60_000]);
      budget.holdFor(20_000);
      void budget.take().then(() => times.push(Date.now() - start));
      await vi.advanceTimersByTimeAsync(19_999);
      expect(times).toHaveLength(4); // a Retry-After holds even a request the minute allows
      await vi.advanceTimersByTimeAsync(1);
      expect(times).toEqual([0, 0, 0, 60_000, 80_000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('withinBudget sends a request that fits at once (no microtask first) and holds one that does not', async () => {
    vi.useFakeTimers();
    try {
      const budget = createRequestBudget(1);
      let sent = 0;
      const request = () => (sent++, Promise.resolve(sent));
      void withinBudget(budget, request);
      expect(sent).toBe(1); // before any microtask: the page's first reads leave while its code is still evaluated
      const second = withinBudget(budget, request);
      await vi.advanceTimersByTimeAsync(59_999);
      expect(sent).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(second).resolves.toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

const stops: (() => void)[] = [];

/** List requests as the mock receives them, with the (fake) time of each. */
function listLog() {
  const at: number[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/privateLinkConnections')) at.push(Date.now());
  };
  server.events.on('request:start', onRequest);
  stops.push(() => server.events.removeListener('request:start', onRequest));
  return {
    /** The most list requests in any 60 s window. */
    worstMinute: () => Math.max(0, ...at.map((t) => at.filter((u) => u >= t && u < t + 60_000).length)),
    at,
  };
}

async function run(ms: number, each?: (second: number) => void) {
  for (let t = 0; t < ms; t += 250) {
    if (each && t % 1000 === 0) each(t / 1000);
    await vi.advanceTimersByTimeAsync(250);
  }
}

// 1,000 connections (10 pages of 100), one being created (fast polling), a text filter (every page
// fetched), the user switching windows every 2 s and paging through the API's pages: every list
// request of the page goes through one budget per key.
describe('the request budget: polling and paging stay under 100 list requests a minute', { timeout: 60_000 }, () => {
  let client: QueryClient;
  const observers: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    db.seedMany(AWS_CLUSTER_ID, 1000);
    db.change((d) => {
      d.connections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)!.state = 'CREATING';
    });
    client = createQueryClient();
    client.mount(); // hears window focus, as QueryClientProvider does
  });
  afterEach(() => {
    observers.splice(0).forEach((stop) => stop());
    stops.splice(0).forEach((stop) => stop());
    client.clear();
    client.unmount();
    focusManager.setFocused(undefined);
    vi.useRealTimers();
  });

  const watch = (options: ConstructorParameters<typeof QueryObserver>[1]) => {
    observers.push(new QueryObserver(client, options).subscribe(() => {}));
  };

  it('1,000 connections with a text filter: every page polled within the budget, window focus included', async () => {
    const log = listLog();
    watch(allConnectionsQueryOptions(AWS_CLUSTER_ID) as never);
    // away for a second, back the next (a window focus every 2 s)
    await run(3 * 60_000, (s) => focusManager.setFocused(s % 2 === 0));
    expect(log.at.length).toBeGreaterThan(20); // it did poll (10 pages a refresh)
    expect(log.worstMinute()).toBeLessThanOrEqual(LIST_REQUESTS_PER_MINUTE);
    expect(log.worstMinute()).toBeLessThan(100);
  });

  it('paging as fast as one can click while the page polls every 2 s', async () => {
    const log = listLog();
    watch(connectionsQueryOptions(AWS_CLUSTER_ID) as never);
    const tokens: string[] = [];
    await run(2 * 60_000, () => {
      // a new page each second (the API's next page, or back to the first)
      const last = client.getQueryData<ListConnectionsResponse>(connectionsQueryOptions(AWS_CLUSTER_ID, tokens.at(-1)).queryKey);
      if (last?.nextPageToken) tokens.push(last.nextPageToken);
      else tokens.length = 0;
      observers.splice(0).forEach((stop) => stop());
      watch(connectionsQueryOptions(AWS_CLUSTER_ID, tokens.at(-1)) as never);
    });
    expect(log.at.length).toBeGreaterThan(40);
    expect(log.worstMinute()).toBeLessThanOrEqual(LIST_REQUESTS_PER_MINUTE);
  });

  it('only one request every 30 s while only a pending connection remains', async () => {
    db.change((d) => {
      d.connections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)!.state = 'PENDING_ACCEPTANCE';
    });
    const log = listLog();
    watch(connectionsQueryOptions(AWS_CLUSTER_ID) as never);
    await run(2 * 60_000 + 1000);
    // the first load, then one every 30 s
    expect(log.at.length).toBe(5);
  });

  it('a hidden tab keeps reading a connection being created, once a minute', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    focusManager.setFocused(false);
    try {
      const log = listLog();
      watch(connectionsQueryOptions(AWS_CLUSTER_ID) as never);
      await run(3 * 60_000 + 1000);
      // the first load, then one a minute
      expect(log.at.length).toBe(4);
      expect(log.worstMinute()).toBeLessThanOrEqual(2);
    } finally {
      vi.restoreAllMocks();
    }
  });

    it('a 429 on the list: no list request of any query before its Retry-After, then the retry', async () => {
    const log = listLog();
    watch(connectionsQueryOptions(AWS_CLUSTER_ID) as never);
    await run(3000);
    db.setFault('listConnections', { kind: 'http', status: 429, retryAfterSeconds: 20, times: 1 });
    const before = log.at.length;
    while (log.at.length === before) await vi.advanceTimersByTimeAsync(250);
    const limited = log.at[before]!;
    // Another list (the State filter) asks at once: TanStack's retry delay covers only the query that
    // got the 429; the budget's hold is what keeps this one from going out before the Retry-After.
    watch(connectionsQueryOptions(AWS_CLUSTER_ID, undefined, 'ACTIVE') as never);
    await run(30_000);
    const after = log.at.slice(before + 1);
    expect(after.length).toBeGreaterThanOrEqual(2); // the retry and the other list
    expect(Math.min(...after) - limited).toBeGreaterThanOrEqual(20_000);
    expect(client.getQueryState(connectionsQueryOptions(AWS_CLUSTER_ID).queryKey)?.status).toBe('success');
    expect(client.getQueryState(connectionsQueryOptions(AWS_CLUSTER_ID, undefined, 'ACTIVE').queryKey)?.status).toBe('success');
  });
});
