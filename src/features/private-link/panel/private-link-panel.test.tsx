import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID } from '@mocks/seed';
import { db, server } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { findMenuButton } from '@/test/row-menu';
import { FAST_POLL_MS, SLOW_POLL_MS } from '../api/list-connections';
import { PrivateLinkPanel } from './private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const ali = { clusterId: ALICLOUD_CLUSTER_ID, regionId: 'ap-southeast-1', cloudProvider: 'alicloud' };

describe('PrivateLinkPanel', () => {
  it('shows loading, then the seeded rows with readable states, without fetching details', async () => {
    renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    expect(screen.getByText('Loading private link connections…')).toBeInTheDocument();
    const rows = await screen.findAllByTestId('connection-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('kafka-events')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Pending acceptance')).toBeInTheDocument();
    // The next step is under the row, across the table (not squeezed into the State cell).
    expect(within(rows[0]!).queryByText(/Endpoint Connections/)).toBeNull();
    expect(
      within(rows[0]!.nextElementSibling as HTMLElement).getByText(/Endpoint Connections/),
    ).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('2 connections')).toBeInTheDocument();
    expect(db.requests.map((r) => r.endpoint)).toEqual(['listConnections']);
  });

  it('fetches attached domains with Get only when a row is expanded', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(await screen.findByRole('button', { name: 'Show details of orders-rds' }));
    expect(
      await screen.findByText('*.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide details of orders-rds' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(db.requests.filter((r) => r.endpoint === 'getConnection')).toHaveLength(1);
  });

  it('explains the feature when there is no connection', async () => {
    renderWithProviders(<PrivateLinkPanel cluster={ali} />);
    expect(await screen.findByText('No private link connections yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create Private Link Connection' })).toBeEnabled();
  });

  it('shows an error with a retry that works when the first load fails', async () => {
    db.setFault('listConnections', { kind: 'http', status: 503, times: 1 });
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load private link connections.');
    expect(alert).toHaveTextContent('temporarily unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByTestId('connection-row')).toHaveLength(2);
  });

  it('shows unknown states and types as they are instead of crashing', async () => {
    server.use(
      http.get('*/v1beta1/clusters/:id/privateLinkConnections', () =>
        HttpResponse.json({
          privateLinkConnections: [
            {
              privateLinkConnectionId: 'plc-x',
              clusterId: AWS_CLUSTER_ID,
              displayName: 'future',
              type: 'GCP_SERVICE_ATTACHMENT',
              state: 'SUSPENDED',
            },
          ],
          totalSize: 1,
        }),
      ),
    );
    renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    expect(await screen.findByText('SUSPENDED')).toBeInTheDocument();
    expect(screen.getByText('GCP_SERVICE_ATTACHMENT')).toBeInTheDocument();
  });

  it('turns a malformed list answer into an error state', async () => {
    server.use(
      http.get('*/v1beta1/clusters/:id/privateLinkConnections', () =>
        HttpResponse.json({ privateLinkConnections: [{ displayName: 3 }] }),
      ),
    );
    renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('does not understand');
  });

  describe('polling (a fake clock)', () => {
    beforeEach(() => void vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
    afterEach(() => void vi.useRealTimers());
    const listReads = () => db.requests.filter((r) => r.endpoint === 'listConnections').length;

    it('polls every 2 s while a connection is being created', async () => {
      // Quick polling is for CREATING and DELETING only (a pending acceptance waits on a person).
      db.data.connections.push({
        ...db.data.connections[0]!,
        privateLinkConnectionId: 'plc-creating',
        displayName: 'creating',
        state: 'CREATING',
      });
      renderWithProviders(<PrivateLinkPanel cluster={aws} />);
      await screen.findAllByTestId('connection-row');
      expect(listReads()).toBe(1);
      await vi.advanceTimersByTimeAsync(FAST_POLL_MS);
      expect(listReads()).toBe(2);
    });

    it('does not poll when no connection is transitional', async () => {
      db.data.connections = db.data.connections.filter((c) => c.state === 'ACTIVE');
      renderWithProviders(<PrivateLinkPanel cluster={aws} />);
      await screen.findAllByTestId('connection-row');
      await vi.advanceTimersByTimeAsync(10 * SLOW_POLL_MS);
      expect(listReads()).toBe(1);
    });
  });

  it('pages through the API with pageSize and pageToken', async () => {
    for (let i = 0; i < 23; i++) {
      db.data.connections.push({
        ...db.data.connections[0]!,
        privateLinkConnectionId: `plc-page${i}`,
        displayName: `conn-${i}`,
        state: 'ACTIVE',
        createTime: `2026-11-23T10:${String(i).padStart(2, '0')}:00Z`,
      });
    }
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    expect(await screen.findAllByTestId('connection-row')).toHaveLength(20);
    expect(screen.getByText('25 connections')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(5));
    expect(db.requests.at(-1)?.url).toMatch(/pageToken=/);
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(20));
  });

  it('speaks Simplified Chinese, with the product docs’ names', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />, { lang: 'zh-CN' });
    expect(
      screen.getByRole('heading', { name: 'Dataflow 的私有链路连接 (Private Link Connection For Dataflow)' }),
    ).toBeInTheDocument();
    const rows = await screen.findAllByTestId('connection-row');
    expect(within(rows[0]!).getByText('等待接受')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('可用')).toBeInTheDocument();
    expect(screen.getByText('共 2 个连接')).toBeInTheDocument();
    await user.click(await findMenuButton('orders-rds 的操作')); // enabled once the menu's code is in
    expect(await screen.findByRole('menuitem', { name: '绑定域名' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /解绑域名/ })).toBeInTheDocument();
  });

  it('filters by text across every page, keeps the filter in the URL, and clears it', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await screen.findAllByTestId('connection-row');
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'KAFKA');
    await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(1));
    expect(screen.getByRole('rowheader', { name: 'kafka-events' })).toBeInTheDocument();
    expect(location.search).toBe('?q=KAFKA');
    expect(db.requests.some((r) => r.endpoint === 'listConnections' && r.url.includes('pageSize=100'))).toBe(
      true,
    );
    await user.clear(screen.getByRole('searchbox', { name: 'Filter' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'no-such-thing');
    expect(await screen.findByText('No private link connection matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(2));
    expect(location.search).toBe('');
  });

  it('filters by endpoint service, ID and (once loaded) attached domain', async () => {
    const { user } = renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await user.click(await screen.findByRole('button', { name: 'Show details of orders-rds' }));
    await screen.findByText('*.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com');
    const box = screen.getByRole('searchbox', { name: 'Filter' });
    for (const text of ['vpce-svc-07f6e5d4c3b2a1908', 'plc-9k2m4p6r8t0v2x4z6b8d']) {
      await user.clear(box);
      await user.type(box, text);
      await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(1));
      expect(screen.getByRole('rowheader', { name: 'kafka-events' })).toBeInTheDocument();
    }
    await user.clear(box);
    await user.type(box, 'use1-az4.dvs6nl5');
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'orders-rds' })).toBeInTheDocument());
    expect(screen.getAllByTestId('connection-row')).toHaveLength(1);
  });

  it('filters by state through the API and reads filters from the URL', async () => {
    history.replaceState(null, '', '/?state=ACTIVE');
    renderWithProviders(<PrivateLinkPanel cluster={aws} />);
    await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(1));
    expect(screen.getByRole('rowheader', { name: 'orders-rds' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue('ACTIVE');
    expect(db.requests.at(-1)?.url).toContain('state=ACTIVE');
  });
});
