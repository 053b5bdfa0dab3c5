import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { ConsoleApp } from '@/test/console-app';
import { FIRST_ROWS_WAIT_MS } from './router';

const heading = () => document.querySelector('h1');
const rows = () => document.querySelectorAll('[data-testid=connection-row]').length;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('arriving on a cluster’s page', () => {
  it('shows its rows in the same frame as the page when the API answers promptly', async () => {
    // Every DOM state the page goes through: the first one with the page's heading already has rows.
    const seen: number[] = [];
    const observer = new MutationObserver(() => {
      if (heading()) seen.push(rows());
    });
    observer.observe(document.body, { childList: true, subtree: true });
    history.replaceState(null, '', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
    renderWithProviders(<ConsoleApp />);
    expect(await screen.findByRole('rowheader', { name: 'orders-rds' }, { timeout: 10_000 })).toBeInTheDocument();
    observer.disconnect();
    expect(seen[0]).toBeGreaterThan(0);
  });

  it('sends the cluster and its rows before the Used by column’s reads and the project names', async () => {
    // The order they leave the page in (the mock's own log is in the order its handlers match).
    const fetched = vi.spyOn(globalThis, 'fetch');
    history.replaceState(null, '', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
    renderWithProviders(<ConsoleApp />);
    await screen.findByRole('rowheader', { name: 'orders-rds' }, { timeout: 10_000 });
    const urls = () => fetched.mock.calls.map(([input]) => new URL(input instanceof Request ? input.url : String(input)).pathname);
    const first = (path: RegExp) => urls().findIndex((u) => path.test(u));
    const later = [/\/changefeeds$/, /\/migrations$/, /\/projects$/];
    await waitFor(() => expect(later.map(first)).not.toContain(-1));
    const own = Math.max(first(/\/clusters\/\d+$/), first(/\/privateLinkConnections$/));
    for (const path of later) expect(first(path), String(path)).toBeGreaterThan(own);
  });

  it(`does not wait more than ${FIRST_ROWS_WAIT_MS} ms for rows that do not come`, async () => {
    db.setFault('listConnections', { kind: 'hang' });
    vi.useFakeTimers({ shouldAdvanceTime: false });
    history.replaceState(null, '', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
    renderWithProviders(<ConsoleApp />);
    // The cluster answers; the list never does.
    await act(() => vi.advanceTimersByTimeAsync(FIRST_ROWS_WAIT_MS - 1));
    expect(heading()).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(heading()).toHaveTextContent('Networking');
    expect(rows()).toBe(0);
  });
});
