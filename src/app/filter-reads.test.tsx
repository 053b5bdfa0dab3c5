import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { ConsoleApp } from '@/test/console-app';

afterEach(() => vi.useRealTimers());

describe('typing in Filter on a page left open', () => {
  it('reads the list it needs, not the cluster again, however old the page’s reads are', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    history.replaceState(null, '', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
    const { user, queryClient } = renderWithProviders(<ConsoleApp />);
    await screen.findByRole('rowheader', { name: 'orders-rds' }, { timeout: 10_000 });
    await waitFor(() => expect(db.requests.some((r) => r.endpoint === 'listMigrations')).toBe(true));
    // Minutes later (every read is stale by then, the clusters' own 60 s staleTime included), a few keys.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    const before = db.requests.length;
    const box = screen.getByRole('searchbox', { name: 'Filter' });
    for (const key of 'ord') {
      await user.type(box, key);
      vi.setSystemTime(Date.now() + 60_000);
    }
    await screen.findByRole('rowheader', { name: 'orders-rds' });
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const sent = db.requests.slice(before).map((r) => r.endpoint);
    // The text filter needs every page of the list, once. The clusters are not the filter's business
    // (the Used by column's own queries may refresh their stale answers as new rows show).
    expect(sent.filter((e) => e === 'listConnections')).toHaveLength(1);
    expect(sent).not.toContain('getCluster');
    expect(sent).not.toContain('listClusters');
  });
});
