import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { allConnectionsQueryOptions, BACKGROUND_POLL_MS, connectionsQueryOptions } from './list-connections';

const reads = () => db.requests.filter((r) => r.endpoint === 'listConnections').length;
const hideTab = (hidden: boolean) => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(hidden ? 'hidden' : 'visible');
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true })); // as browsers fire it
};
const cleanups: (() => void)[] = [];

afterEach(() => {
  cleanups.splice(0).forEach((f) => f());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// The seed has a connection that waits for acceptance: a list of it changes by itself.
describe.each([
  ['one page', (client: QueryClient) => new QueryObserver(client, connectionsQueryOptions(AWS_CLUSTER_ID))],
  ['every page (a text filter)', (client: QueryClient) => new QueryObserver(client, allConnectionsQueryOptions(AWS_CLUSTER_ID))],
])('the list read of %s', (_, observe) => {
  it('opened in a hidden tab: polls once a minute while a connection waits, and reads again when the tab is shown', async () => {
    hideTab(true);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    queryClient.mount(); // as QueryClientProvider does: focus and reconnect reach the queries
    const observer = observe(queryClient);
    cleanups.push(observer.subscribe(() => {}), () => queryClient.unmount(), () => queryClient.clear());
    await vi.waitFor(() => expect(observer.getCurrentQuery().state.status).toBe('success'));
    const first = reads();
    await vi.advanceTimersByTimeAsync(BACKGROUND_POLL_MS - 100);
    expect(reads()).toBe(first);
    await vi.advanceTimersByTimeAsync(100);
    expect(reads()).toBe(first + 1);
    hideTab(false);
    await vi.waitFor(() => expect(reads()).toBe(first + 2));
  });
});
