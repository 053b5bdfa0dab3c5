import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockControl } from '@mocks/control';
import { seedData } from '@mocks/db';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import type { Lang } from '@/lib/i18n';
import { renderWithProviders } from '@/test/render';
import { MockPanel } from './mock-panel';

const LIST_URL = `http://localhost:3000/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`;
const inCluster = () => db.data.connections.filter((c) => c.clusterId === AWS_CLUSTER_ID);

beforeEach(() => {
  // As in the browser (mocks/browser.ts), on the Node mock's db: the panel drives what the API answers.
  window.__plcMock = createMockControl(db);
  history.replaceState(null, '', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
});
afterEach(() => {
  delete window.__plcMock;
});

async function openPanel(lang: Lang = 'en') {
  // The app gives the panel the cluster of the page it is on.
  const r = renderWithProviders(<MockPanel clusterId={location.pathname === '/' ? undefined : AWS_CLUSTER_ID} />, { lang });
  const invalidate = vi.spyOn(r.queryClient, 'invalidateQueries');
  await r.user.click(screen.getByRole('button', { name: 'Mock API' }));
  return { ...r, invalidate };
}

describe('MockPanel', () => {
  it('is a keyboard-accessible developer tool: opens focused, closes with Escape', async () => {
    const { user } = await openPanel();
    const toggle = screen.getByRole('button', { name: 'Mock API' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Mock API (development only)' });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent(`Actions apply to cluster ${AWS_CLUSTER_ID}.`);
    await user.tab();
    expect(screen.getByLabelText('Latency (ms)')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Mock API (development only)' })).toBeInTheDocument();
  });

  it('accepts pending connections of the current cluster and refreshes the page’s data', async () => {
    const { user, invalidate } = await openPanel();
    await user.click(screen.getByRole('button', { name: 'Accept pending now' }));
    expect(screen.getByRole('status')).toHaveTextContent('Pending connections accepted: 1.');
    expect(db.data.connections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)).toMatchObject({
      state: 'ACTIVE',
      awsEndpointService: { availabilityZoneIds: ['use1-az1', 'use1-az2', 'use1-az4'] },
    });
    expect(invalidate).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Accept pending now' }));
    expect(screen.getByRole('status')).toHaveTextContent('Pending connections accepted: 0.');
  });

  it('rejects pending connections and fails those being created', async () => {
    const { user, invalidate } = await openPanel();
    await user.click(screen.getByRole('button', { name: 'Reject pending now' }));
    expect(screen.getByRole('status')).toHaveTextContent('Pending connections rejected: 1.');
    expect(db.data.connections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)).toMatchObject({
      state: 'FAILED',
      message: 'The endpoint connection request was rejected in the AWS console.',
    });
    await fetch(LIST_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        privateLinkConnection: { clusterId: AWS_CLUSTER_ID, displayName: 'x', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0' } },
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Fail creating now' }));
    expect(screen.getByRole('status')).toHaveTextContent('Connections failed while creating: 1.');
    expect(db.data.connections.find((c) => c.displayName === 'x')?.state).toBe('FAILED');
    expect(invalidate).toHaveBeenCalledTimes(2);
  });

  it('injects a fault through the same mechanism the tests use, shows it until used up, and clears faults', async () => {
    const { user } = await openPanel();
    expect(screen.getByText('No active faults.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear faults' })).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Endpoint'), 'listConnections');
    await user.selectOptions(screen.getByLabelText('Answer'), 'HTTP 503');
    await user.selectOptions(screen.getByLabelText('For'), 'next 1');
    await user.click(screen.getByRole('button', { name: 'Inject fault' }));
    expect(screen.getByRole('status')).toHaveTextContent('Fault injected: listConnections answers HTTP 503, next 1.');
    expect(screen.getByRole('list', { name: 'Active faults' })).toHaveTextContent('listConnections: HTTP 503 (next 1)');
    expect(db.faults.listConnections).toEqual({ kind: 'http', status: 503, times: 1 });

    const first = await fetch(LIST_URL);
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ code: 14 });
    expect((await fetch(LIST_URL)).status).toBe(200);
    // The panel follows: the fault is used up.
    await waitFor(() => expect(screen.getByText('No active faults.')).toBeInTheDocument(), { timeout: 2000 });

    await user.selectOptions(screen.getByLabelText('Endpoint'), 'getAvailabilityZones');
    await user.selectOptions(screen.getByLabelText('Answer'), 'Network error');
    await user.selectOptions(screen.getByLabelText('For'), 'every request');
    await user.click(screen.getByRole('button', { name: 'Inject fault' }));
    expect(screen.getByRole('list', { name: 'Active faults' })).toHaveTextContent('getAvailabilityZones: Network error (every request)');
    expect(db.faults.getAvailabilityZones).toEqual({ kind: 'network' });
    await user.click(screen.getByRole('button', { name: 'Clear faults' }));
    expect(screen.getByRole('status')).toHaveTextContent('Faults cleared.');
    expect(db.faults).toEqual({});
    expect(screen.getByText('No active faults.')).toBeInTheDocument();
  });

  it('adds a changefeed on a connection of the cluster and removes them, as the changefeeds API then answers', async () => {
    const { user, invalidate } = await openPanel();
    const feedsOf = async (id: string) => {
      const body = await (await fetch(`http://localhost:3000/v1beta1/clusters/${AWS_CLUSTER_ID}/changefeeds?pageSize=100`)).json();
      return body.changefeeds.filter((f: { sink: { mysql?: { network: { privateLink: { privateLinkConnectionId: string } } }; kafka?: { network: { privateLink: { privateLinkConnectionId: string } } } } }) =>
        [f.sink.mysql, f.sink.kafka].some((s) => s?.network.privateLink.privateLinkConnectionId === id),
      );
    };
    const form = within(screen.getByRole('form', { name: 'Changefeeds' }));
    const connection = form.getByLabelText('Connection');
    expect(connection).toHaveTextContent('orders-rds (2 changefeeds)');
    await user.selectOptions(connection, SEED_PENDING_ID);
    expect(screen.getByRole('button', { name: 'Remove its changefeeds' })).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Sink'), 'Kafka');
    await user.click(screen.getByRole('button', { name: 'Add changefeed' }));
    expect(screen.getByRole('status')).toHaveTextContent('Changefeed added on kafka-events.');
    const added = await feedsOf(SEED_PENDING_ID);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ displayName: 'kafka-events-to-kafka', state: 'RUNNING', sink: { type: 'KAFKA', kafka: { network: { privateLink: { port: 9092 } } } } });
    expect(connection).toHaveTextContent('kafka-events (1 changefeeds)');
    await user.click(screen.getByRole('button', { name: 'Remove its changefeeds' }));
    expect(screen.getByRole('status')).toHaveTextContent('Changefeeds removed from kafka-events: 1.');
    expect(await feedsOf(SEED_PENDING_ID)).toHaveLength(0);
    expect(await feedsOf(SEED_ACTIVE_ID)).toHaveLength(2);
    expect(invalidate).toHaveBeenCalledTimes(2);
  });

  it('adds a migration on a connection (by its ID or its endpoint’s) and removes them, as the migrations API then answers', async () => {
    const { user, invalidate } = await openPanel();
    const migrations = async () => (await (await fetch(`http://localhost:3000/v1beta1/clusters/${AWS_CLUSTER_ID}/migrations?pageSize=100`)).json()).migrations;
    const form = within(screen.getByRole('form', { name: 'Data Migration' }));
    const connection = form.getByLabelText('Connection');
    expect(connection).toHaveTextContent('orders-rds (1 migrations)');
    await user.selectOptions(connection, SEED_PENDING_ID);
    expect(form.getByRole('button', { name: 'Remove its migrations' })).toBeDisabled();
    await user.selectOptions(form.getByLabelText('Names the connection by'), 'Endpoint ID');
    await user.click(form.getByRole('button', { name: 'Add migration' }));
    expect(screen.getByRole('status')).toHaveTextContent('Migration added on kafka-events.');
    const added = (await migrations()).find((m: { displayName: string }) => m.displayName === 'kafka-events-migration');
    expect(added).toMatchObject({ state: 'RUNNING', subTasks: [{ source: { connProfile: { connType: 'PRIVATE_LINK', endpointId: 'vpce-08a7b6c5d4e3f2019' } } }] });
    expect(JSON.stringify(added)).not.toMatch(/password/);
    expect(connection).toHaveTextContent('kafka-events (1 migrations)');
    await user.click(form.getByRole('button', { name: 'Remove its migrations' }));
    expect(screen.getByRole('status')).toHaveTextContent('Migrations removed from kafka-events: 1.');
    expect(await migrations()).toHaveLength(1); // the seed's, on orders-rds
    expect(invalidate).toHaveBeenCalledTimes(2);
  });

  it('sets the latency', async () => {
    const { user } = await openPanel();
    await user.clear(screen.getByLabelText('Latency (ms)'));
    await user.type(screen.getByLabelText('Latency (ms)'), '1200');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(db.timing.latencyMs).toBe(1200);
    expect(screen.getByRole('status')).toHaveTextContent('Latency set to 1,200 ms.');
  });

  it('seeds 100 and 1,000 connections into the current cluster, then resets to the seed', async () => {
    const { user, invalidate } = await openPanel();
    await user.click(screen.getByRole('button', { name: 'Seed 100 connections' }));
    expect(inCluster()).toHaveLength(102);
    expect(screen.getByRole('status')).toHaveTextContent('Connections added: 100.');
    expect((await (await fetch(`${LIST_URL}?pageSize=10`)).json()).totalSize).toBe(102);
    await user.click(screen.getByRole('button', { name: 'Seed 1,000 connections' }));
    expect(inCluster()).toHaveLength(1102);
    expect(screen.getByRole('status')).toHaveTextContent('Connections added: 1,000.');

    await user.click(screen.getByRole('button', { name: 'Accept pending now' }));
    db.setFault('getConnection', { kind: 'hang' });
    await user.click(screen.getByRole('button', { name: 'Reset data' }));
    expect(screen.getByRole('status')).toHaveTextContent('Data back to the seed; faults cleared.');
    expect(db.data).toEqual(seedData());
    expect(db.faults).toEqual({});
    expect(invalidate).toHaveBeenCalledTimes(4);
  });

  it('off a cluster page: actions apply to every cluster, seeding is off', async () => {
    history.replaceState(null, '', '/');
    await openPanel();
    expect(screen.getByRole('region')).toHaveTextContent('Not on a cluster page');
    expect(screen.getByRole('button', { name: 'Seed 100 connections' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Seed 1,000 connections' })).toBeDisabled();
  });

  it('speaks Chinese', async () => {
    const { user } = await openPanel('zh-CN');
    expect(screen.getByRole('heading', { name: 'Mock API（仅用于开发）' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '立即接受等待中的连接' }));
    expect(screen.getByRole('status')).toHaveTextContent('已接受等待中的连接：1 个。');
  });

  it('renders nothing without the mock', () => {
    delete window.__plcMock;
    const { container } = renderWithProviders(<MockPanel />);
    expect(container).toBeEmptyDOMElement();
  });
});
