import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { AppProvider } from '@/app/provider';
import { PrivateLinkPanel } from '@/features/private-link/panel/private-link-panel';
import { createQueryClient } from '@/lib/query-client';
import { awsCluster } from '@/test/row-menu';
import { TestRouter } from '@/test/test-router';
import { ChangefeedUsageProvider } from './changefeed-usage';

describe('dev server requests are single (issue 26, item 11)', () => {
  it('under React StrictMode (double effects) the page reads each list once', async () => {
    const queryClient: QueryClient = createQueryClient();
    render(
      <StrictMode>
        <AppProvider queryClient={queryClient} lang="en">
          <TestRouter>
            <ChangefeedUsageProvider clusterId={awsCluster.clusterId}>
              <PrivateLinkPanel cluster={awsCluster} />
            </ChangefeedUsageProvider>
          </TestRouter>
        </AppProvider>
      </StrictMode>,
    );
    await screen.findByRole('rowheader', { name: 'orders-rds' });
    // Every read answered and nothing more under way: a doubled effect would have sent its copy by now.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const reads: Record<string, number> = {};
    for (const r of db.requests) reads[r.endpoint] = (reads[r.endpoint] ?? 0) + 1;
    expect(reads).toEqual({
      listConnections: 1,
      listChangefeeds: 1,
      listMigrations: 1,
    });
  });
});
