import { configure, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { UsageGateHarness } from './usage-gate-harness';

// Waits (findBy…, waitFor) up to 10 s, not 1 s: a busy 2-core machine can take that long.
configure({ asyncUtilTimeout: 10_000 });

/** orders-rds's attached domains, as the Detach dialog's Get reads them. */
const DOMAINS = ['use1-az1', 'use1-az2', 'use1-az4'].map((az) => `*.${az}.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com`);

function renderGate(connectionId: string, action: 'delete' | 'detach' = 'delete', lang: 'en' | 'zh-CN' = 'en') {
  const view = renderWithProviders(
    <UsageGateHarness clusterId={AWS_CLUSTER_ID} connectionId={connectionId} action={action} domains={DOMAINS} />,
    { lang },
  );
  const ready = () => JSON.parse(screen.getByTestId('ready').textContent ?? 'null') as boolean;
  return { ...view, ready };
}

describe('UsageGate', { timeout: 60_000 }, () => {
  it('used: lists both changefeeds and the migration, and is ready only once acknowledged', async () => {
    const { user, ready } = renderGate(SEED_ACTIVE_ID);
    expect(ready()).toBe(false); // checking
    const ack = await screen.findByRole('checkbox', { name: 'I understand 2 changefeeds, 1 migration will stop working' });
    expect(screen.getByText(/These migrations reach their source databases through this connection/)).toBeInTheDocument();
    expect(screen.getByText('orders-from-rds')).toBeInTheDocument();
    expect(screen.getByText('Source orders-db.cluster-c9x8y7z6w5v4.us-east-1.rds.amazonaws.com:3306')).toBeInTheDocument();
    expect(screen.getByText('orders-to-rds')).toBeInTheDocument();
    expect(screen.getByText('orders-to-kafka')).toBeInTheDocument();
    expect(screen.getByText('MySQL sink · port 3306')).toBeInTheDocument();
    expect(screen.getByText('Kafka sink · port 9092')).toBeInTheDocument();
    expect(screen.getAllByText('Running')).toHaveLength(2);
    expect(screen.getByText('Paused')).toBeInTheDocument();
    expect(ready()).toBe(false);
    await user.click(ack);
    await waitFor(() => expect(ready()).toBe(true));
    await user.click(ack);
    await waitFor(() => expect(ready()).toBe(false));
  });

  it('unused: says so plainly, asks nothing, ready', async () => {
    const { ready } = renderGate(SEED_PENDING_ID);
    expect(await screen.findByText('This connection is not used by any changefeed or migration.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await waitFor(() => expect(ready()).toBe(true));
  });

  it.each(['listChangefeeds', 'listMigrations'] as const)('a failed %s request: usage unknown, never "not used", the same acknowledgement', async (endpoint) => {
    db.setFault(endpoint, { kind: 'http', status: 403 });
    const { user, ready } = renderGate(SEED_PENDING_ID);
    expect(await screen.findByText('Usage unknown')).toBeInTheDocument();
    expect(screen.getByText(/could not be loaded/)).toHaveTextContent('permission denied');
    expect(screen.queryByText(/not used/i)).not.toBeInTheDocument();
    expect(ready()).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'I understand changefeeds and migrations may stop working' }));
    await waitFor(() => expect(ready()).toBe(true));
  });

  it('retry after a failure shows the real usage, and asks again', async () => {
    db.setFault('listChangefeeds', { kind: 'http', status: 403, times: 1 });
    const { user, ready } = renderGate(SEED_ACTIVE_ID);
    await user.click(await screen.findByRole('checkbox', { name: 'I understand 1 migration will stop working' })); // found so far
    await waitFor(() => expect(ready()).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const ack = await screen.findByRole('checkbox', { name: /2 changefeeds, 1 migration will stop/ });
    expect(ack).not.toBeChecked();
    expect(ready()).toBe(false);
  });

  it('a connection used by one migration and no changefeed: Delete names it and asks', async () => {
    db.addMigration(SEED_PENDING_ID, { displayName: 'events-from-mysql' });
    const { user, ready } = renderGate(SEED_PENDING_ID);
    const ack = await screen.findByRole('checkbox', { name: 'I understand 1 migration will stop working' });
    expect(screen.getByText('events-from-mysql')).toBeInTheDocument();
    expect(screen.queryByText(/These changefeeds/)).not.toBeInTheDocument();
    expect(ready()).toBe(false);
    await user.click(ack);
    await waitFor(() => expect(ready()).toBe(true));
  });

  it('Detach Domains: only the Kafka changefeed loses its route (the migration reaches its RDS host by the endpoint)', async () => {
    const { ready } = renderGate(SEED_ACTIVE_ID, 'detach');
    expect(await screen.findByRole('checkbox', { name: 'I understand 1 changefeed will stop reaching its sink' })).toBeInTheDocument();
    expect(screen.getByText('orders-to-kafka')).toBeInTheDocument();
    expect(screen.queryByText('orders-to-rds')).not.toBeInTheDocument();
    expect(ready()).toBe(false);
  });

  it('Detach Domains: a migration whose host is under an attached domain is named', async () => {
    db.addMigration(SEED_PENDING_ID, { displayName: 'via-domain', host: 'b0.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com' });
    db.addMigration(SEED_PENDING_ID, { displayName: 'by-ip', host: '10.0.0.7' });
    renderWithProviders(<UsageGateHarness clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} action="detach" domains={DOMAINS} />);
    expect(await screen.findByRole('checkbox', { name: 'I understand 1 migration will stop working' })).toBeInTheDocument();
    expect(screen.getByText('via-domain')).toBeInTheDocument();
    expect(screen.queryByText('by-ip')).not.toBeInTheDocument();
  });

  it('in Chinese', async () => {
    renderGate(SEED_ACTIVE_ID, 'delete', 'zh-CN');
    expect(await screen.findByRole('checkbox', { name: '我了解以下任务将停止工作：2 个 Changefeed，1 个迁移任务' })).toBeInTheDocument();
    expect(screen.getAllByText('运行中')).toHaveLength(2);
  });
});
