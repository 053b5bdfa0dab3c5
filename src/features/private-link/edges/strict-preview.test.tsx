import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SEED_ACTIVE_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { awsCluster, requestsTo } from '@/test/row-menu';
import { AttachDomainsDialog } from '../row-actions/attach-domains-dialog';
import { TestRouter } from '@/test/test-router';

describe('dev server requests are single (issue 26, item 11)', () => {
  it('the Attach preview (a dry run) is sent once under React StrictMode', async () => {
    const connection = db.data.connections.find((c) => c.privateLinkConnectionId === SEED_ACTIVE_ID)!;
    const queryClient = createQueryClient();
    render(
      <StrictMode>
        <AppProvider queryClient={queryClient} lang="en">
          <TestRouter>
            <AttachDomainsDialog open onOpenChange={vi.fn()} clusterId={awsCluster.clusterId} regionId="us-east-1" connection={structuredClone(connection)} />
          </TestRouter>
        </AppProvider>
      </StrictMode>,
    );
    await screen.findByRole('list', { name: 'Domains to attach' });
    // Every read answered and nothing more under way: a doubled effect would have sent its copy by now.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(requestsTo('attachDomains').filter((r) => JSON.parse(r.body!).validateOnly)).toHaveLength(1);
  });
});
