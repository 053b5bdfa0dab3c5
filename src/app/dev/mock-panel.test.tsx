import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMockControl } from '@mocks/control';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID, SEED_PENDING_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { MockPanel } from './mock-panel';

beforeEach(() => {
  window.__plcMock = createMockControl(db);
  history.replaceState(null, '', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
});
afterEach(() => {
  delete window.__plcMock;
});

async function openPanel() {
  const r = renderWithProviders(<MockPanel />);
  await r.user.click(screen.getByRole('button', { name: 'Mock API' }));
  expect(screen.getByRole('heading', { name: 'Mock API (development only)' })).toBeInTheDocument();
  return r;
}

describe('MockPanel', () => {
  it('accepts pending connections of the current cluster', async () => {
    const { user } = await openPanel();
    await user.click(screen.getByRole('button', { name: 'Accept pending now' }));
    expect(await screen.findByText('1 pending connections accepted.')).toBeInTheDocument();
    expect(db.data.connections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)?.state).toBe('ACTIVE');
  });

  it('injects a fault through the same mechanism the tests use, and clears it', async () => {
    const { user } = await openPanel();
    await user.selectOptions(screen.getByLabelText('Endpoint'), 'listConnections');
    await user.selectOptions(screen.getByLabelText('Answer'), '503');
    await user.selectOptions(screen.getByLabelText('For'), 'all');
    await user.click(screen.getByRole('button', { name: 'Inject fault' }));
    expect(screen.getByRole('list', { name: 'Active faults' })).toHaveTextContent('listConnections: HTTP 503');
    const url = `http://localhost:3000/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`;
    expect((await fetch(url)).status).toBe(503);
    await user.click(screen.getByRole('button', { name: 'Clear faults' }));
    expect((await fetch(url)).status).toBe(200);
  });

  it('sets latency, seeds connections and resets the data', async () => {
    const { user } = await openPanel();
    await user.clear(screen.getByLabelText('Latency (ms)'));
    await user.type(screen.getByLabelText('Latency (ms)'), '120');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(db.timing.latencyMs).toBe(120);
    await user.click(screen.getByRole('button', { name: 'Seed 100 connections' }));
    await waitFor(() => expect(db.data.connections).toHaveLength(102));
    await user.click(screen.getByRole('button', { name: 'Reset data' }));
    await waitFor(() => expect(db.data.connections).toHaveLength(2));
    expect(screen.getByRole('status')).toHaveTextContent('Data back to the seed.');
  });
});
