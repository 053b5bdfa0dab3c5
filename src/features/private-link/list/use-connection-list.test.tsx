import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { connectionQueryOptions } from '../api/get-connection';
import { useConnectionList, type ListFilters } from './use-connection-list';

/** `count` more connections on the AWS cluster, `name(i)` each, newest first after the seed's two. */
function add(count: number, name: (i: number) => string, state = 'ACTIVE') {
  for (let i = 0; i < count; i++) {
    db.data.connections.push({
      privateLinkConnectionId: `plc-t${String(i).padStart(4, '0')}${name(i).length}`,
      clusterId: AWS_CLUSTER_ID,
      displayName: name(i),
      type: 'AWS_ENDPOINT_SERVICE',
      awsEndpointService: { name: `com.amazonaws.vpce.us-east-1.vpce-svc-${String(i).padStart(17, '0')}`, region: 'us-east-1' },
      state,
      createTime: new Date(Date.parse('2026-01-01T00:00:00Z') - i * 60_000).toISOString(),
    } satisfies PrivateLinkConnection);
  }
}
const listReads = () => db.requests.filter((r) => r.endpoint === 'listConnections').map((r) => new URL(r.url).searchParams);

function setup(filters: Partial<ListFilters>, page = 1) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, refetchInterval: false } } });
  const onPageChange = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const hook = renderHook((p: { filters: Partial<ListFilters>; page: number }) => useConnectionList(AWS_CLUSTER_ID, { q: '', state: '', ...p.filters }, { page: p.page, onPageChange }), {
    wrapper,
    initialProps: { filters, page },
  });
  const answered = () => waitFor(() => expect(hook.result.current.query.isSuccess && !hook.result.current.query.isPlaceholderData && !hook.result.current.walking).toBe(true));
  return { client, onPageChange, hook, answered };
}
const names = (rows: PrivateLinkConnection[]) => rows.map((c) => c.displayName);

describe('without text: the API pages', () => {
  it('page 1 of 45: twenty rows, Next (its token remembered), no Previous; the total as the API says it', async () => {
    add(43, (i) => `conn-${i}`);
    const { hook, answered, onPageChange } = setup({});
    await answered();
    const list = hook.result.current;
    expect(list.rows).toHaveLength(20);
    expect(list).toMatchObject({ total: 45, hasNext: true, hasPrev: false, firstPage: true, filtered: false });
    act(() => list.prev());
    expect(onPageChange).not.toHaveBeenCalled();
    act(() => list.next());
    expect(onPageChange).toHaveBeenCalledWith(2, 'push');
    hook.rerender({ filters: {}, page: 2 });
    // Page 2's token is learnt from page 1's answer as page 2 renders: it is never walked to.
    expect(hook.result.current.walking).toBe(false);
    await answered();
    expect(hook.result.current).toMatchObject({ hasNext: true, hasPrev: true, firstPage: false });
    expect(names(hook.result.current.rows)).not.toContain(list.rows[0]!.displayName);
    // One read a page: page 1 was not read again to learn page 2's token.
    expect(listReads().map((r) => r.get('pageToken'))).toEqual([null, expect.any(String)]);
    hook.rerender({ filters: {}, page: 3 });
    act(() => undefined);
    await answered();
    expect(hook.result.current).toMatchObject({ hasNext: false, hasPrev: true });
    expect(hook.result.current.rows).toHaveLength(5);
    act(() => hook.result.current.next());
    expect(onPageChange).toHaveBeenCalledTimes(1);
    act(() => hook.result.current.prev());
    expect(onPageChange).toHaveBeenCalledTimes(2);
    expect(onPageChange).toHaveBeenLastCalledWith(2, 'push');
    // Another state: the pages reached are another list's, page 2 is walked to again.
    hook.rerender({ filters: { state: 'ACTIVE' }, page: 2 });
    expect(hook.result.current.walking).toBe(true);
  });

  it('page 3 by its number (a reload): follows the tokens from page 1, one request a page, walking until there', async () => {
    add(53, (i) => `conn-${i}`);
    const { hook, answered, onPageChange } = setup({}, 3);
    expect(hook.result.current.walking).toBe(true);
    expect(hook.result.current.hasNext).toBe(false);
    await answered();
    expect(hook.result.current.rows).toHaveLength(15);
    expect(listReads().map((p) => p.has('pageToken'))).toEqual([false, true, true]);
    expect(onPageChange).not.toHaveBeenCalled();
  });

  it('a page past the last one becomes the last (replacing the address, not adding to it)', async () => {
    add(23, (i) => `conn-${i}`);
    const { onPageChange } = setup({}, 5);
    await waitFor(() => expect(onPageChange).toHaveBeenCalledWith(2, 'replace'));
    expect(listReads()).toHaveLength(2);
  });

  it('the state is filtered by the API; another state forgets the pages reached', async () => {
    add(30, (i) => `conn-${i}`);
    add(3, (i) => `failed-${i}`, 'FAILED');
    const { hook, answered } = setup({ state: 'FAILED' });
    await answered();
    expect(names(hook.result.current.rows).sort()).toEqual(['failed-0', 'failed-1', 'failed-2']);
    expect(hook.result.current).toMatchObject({ filtered: true, hasNext: false });
    expect(listReads().at(-1)!.get('state')).toBe('FAILED');
  });
});

describe('with text: every connection read, filtered and paged here', () => {
  it('matches name, ID and endpoint service, case- and space-insensitively; counts and pages the matches', async () => {
    add(30, (i) => (i % 2 ? `Orders-${i}` : `users-${i}`));
    const { hook, answered, onPageChange } = setup({ q: '  ORDERS ' });
    await answered();
    expect(hook.result.current).toMatchObject({ total: 16, hasNext: false, hasPrev: false, filtered: true }); // 15 + the seed's orders-rds
    expect(hook.result.current.rows.every((c) => c.displayName.toLowerCase().includes('orders'))).toBe(true);
    expect(listReads().map((p) => p.get('pageSize'))).toEqual(['100']);

    hook.rerender({ filters: { q: 'plc-t0003' }, page: 1 });
    await answered();
    expect(names(hook.result.current.rows)).toEqual(['Orders-3']);
    hook.rerender({ filters: { q: 'vpce-svc-00000000000000004' }, page: 1 });
    await answered();
    expect(names(hook.result.current.rows)).toEqual(['users-4']);
    // Text that runs from one field into the next matches neither.
    hook.rerender({ filters: { q: 'users-4plc-t0004' }, page: 1 });
    await answered();
    expect(hook.result.current.rows).toEqual([]);
    expect(onPageChange).not.toHaveBeenCalled();
  });

  it('exactly two pages of matches: no Next on the second', async () => {
    add(40, (i) => `match-${i}`);
    const { hook, answered } = setup({ q: 'match' }, 2);
    await answered();
    expect(hook.result.current).toMatchObject({ total: 40, hasNext: false, hasPrev: true });
  });

  it('a connection without an endpoint service yet is matched by name and ID', async () => {
    db.data.connections.push({ privateLinkConnectionId: 'plc-bare', clusterId: AWS_CLUSTER_ID, displayName: 'bare', type: 'AWS_ENDPOINT_SERVICE', state: 'CREATING' });
    const { hook, answered } = setup({ q: 'bare' });
    await answered();
    expect(names(hook.result.current.rows)).toEqual(['bare']);
  });

  it('pages the matches twenty at a time: Next while more match, Previous after the first', async () => {
    add(45, (i) => `match-${i}`);
    const { hook, answered, onPageChange } = setup({ q: 'match' }, 1);
    await answered();
    expect(hook.result.current).toMatchObject({ total: 45, hasNext: true, hasPrev: false });
    expect(hook.result.current.rows).toHaveLength(20);
    act(() => hook.result.current.next());
    expect(onPageChange).toHaveBeenLastCalledWith(2, 'push');
    hook.rerender({ filters: { q: 'match' }, page: 3 });
    await answered();
    expect(hook.result.current).toMatchObject({ hasNext: false, hasPrev: true });
    expect(hook.result.current.rows).toHaveLength(5);
    hook.rerender({ filters: { q: 'match' }, page: 2 });
    await answered();
    expect(hook.result.current).toMatchObject({ hasNext: true, hasPrev: true });
    hook.rerender({ filters: { q: 'match' }, page: 9 });
    await waitFor(() => expect(onPageChange).toHaveBeenLastCalledWith(3, 'replace'));
  });

  it('matches an attached domain of a connection whose details are loaded', async () => {
    const { client, hook, answered } = setup({ q: 'dvs6nl5jgveztmla3pxkxgh76i' });
    await answered();
    expect(hook.result.current.rows).toEqual([]);
    await client.fetchQuery(connectionQueryOptions(AWS_CLUSTER_ID, SEED_ACTIVE_ID));
    hook.rerender({ filters: { q: 'DVS6NL5JGVEZTMLA3PXKXGH76I.aws' }, page: 1 });
    await answered();
    expect(names(hook.result.current.rows)).toEqual(['orders-rds']);
    // One of its domains is enough.
    hook.rerender({ filters: { q: '*.use1-az4.dvs6' }, page: 1 });
    await answered();
    expect(names(hook.result.current.rows)).toEqual(['orders-rds']);
  });

  it('a page past the last match becomes the last; no match at all is page 1', async () => {
    const { onPageChange } = setup({ q: 'nothing matches this' }, 2);
    await waitFor(() => expect(onPageChange).toHaveBeenCalledWith(1, 'replace'));
  });
});

describe('match: what only the page knows (the usage filter)', () => {
  it('keeps the rows it accepts, with or without text, and counts as a filter', async () => {
    add(5, (i) => `conn-${i}`);
    const match = { key: 'used', test: (c: PrivateLinkConnection) => c.displayName.endsWith('-2') || c.displayName === 'orders-rds' };
    const { hook, answered } = setup({ match });
    await answered();
    expect(names(hook.result.current.rows).sort()).toEqual(['conn-2', 'orders-rds']);
    expect(hook.result.current).toMatchObject({ filtered: true, total: 2 });
    hook.rerender({ filters: { match, q: 'conn' }, page: 1 });
    await answered();
    expect(names(hook.result.current.rows)).toEqual(['conn-2']);
  });
});
