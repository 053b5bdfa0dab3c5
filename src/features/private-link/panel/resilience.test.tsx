import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db, server } from '@mocks/node';
import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { config } from '@/lib/config';
import { renderWithProviders } from '@/test/render';
import { privateLinkKeys } from '../api/keys';
import { listConnectionsResponseSchema } from '@/contract/private-link';
import { PrivateLinkPanel } from './private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const XSS = ['<img src=x onerror=alert(1)>', '"><script>window.__pwned=1</script>'];

describe('hostile data renders as text', () => {
  it('shows names, messages and domains with HTML as plain text', async () => {
    server.use(
      http.get('*/v1beta1/clusters/:id/privateLinkConnections', () =>
        HttpResponse.json({
          privateLinkConnections: XSS.map((name, i) => ({
            privateLinkConnectionId: `plc-x${i}`,
            clusterId: AWS_CLUSTER_ID,
            displayName: name,
            type: 'AWS_ENDPOINT_SERVICE',
            awsEndpointService: { name },
            state: 'FAILED',
            message: name,
          })),
          totalSize: 2,
        }),
      ),
    );
    const { container } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    expect(await screen.findByRole('rowheader', { name: XSS[0] })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: XSS[1] })).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('faults on the list', () => {
  it('keeps the last good rows with a non-blocking warning and a retry when a refresh fails', async () => {
    const { user, queryClient } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    expect(await screen.findAllByTestId('connection-row')).toHaveLength(2);
    db.setFault('listConnections', { kind: 'http', status: 500, times: 1 });
    await queryClient.refetchQueries({ queryKey: privateLinkKeys.lists(AWS_CLUSTER_ID) });
    const warning = await screen.findByText('Could not refresh the list. Showing the last data received.');
    expect(screen.getAllByTestId('connection-row')).toHaveLength(2);
    await user.click(
      within(warning.closest('[role=status]') as HTMLElement).getByRole('button', { name: 'Retry' }),
    );
    await waitFor(() => expect(screen.queryByText(/Could not refresh the list/)).not.toBeInTheDocument());
  });

  it('gives up on a request that never answers after the timeout, and aborts it', async () => {
    const before = config.requestTimeoutMs;
    config.requestTimeoutMs = 100;
    try {
      db.setFault('listConnections', { kind: 'hang' });
      const error = await apiRequest({
        path: `/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`,
        schema: listConnectionsResponseSchema,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ kind: 'timeout' });
    } finally {
      config.requestTimeoutMs = before;
    }
  });
});
