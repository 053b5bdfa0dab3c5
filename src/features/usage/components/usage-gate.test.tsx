import { configure, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { UsageGate } from './usage-gate';

// Waits (findBy…, waitFor) up to 10 s, not 1 s: a busy 2-core machine can take that long.
configure({ asyncUtilTimeout: 10_000 });

function renderGate(connectionId: string, action: 'delete' | 'detach' = 'delete', lang: 'en' | 'zh-CN' = 'en') {
  const onReadyChange = vi.fn();
  const view = renderWithProviders(
    <UsageGate clusterId={AWS_CLUSTER_ID} connectionId={connectionId} action={action} onReadyChange={onReadyChange} />,
    { lang },
  );
  const ready = () => onReadyChange.mock.lastCall?.[0];
  return { ...view, onReadyChange, ready };
}

describe('UsageGate', { timeout: 60_000 }, () => {
  it('used: lists both changefeeds and is ready only once acknowledged', async () => {
    const { user, ready } = renderGate(SEED_ACTIVE_ID);
    expect(ready()).toBe(false); // checking
    const ack = await screen.findByRole('checkbox', { name: 'I understand 2 changefeeds will stop reaching their sinks' });
    expect(screen.getByText('orders-to-rds')).toBeInTheDocument();
    expect(screen.getByText('orders-to-kafka')).toBeInTheDocument();
    expect(screen.getByText('MySQL sink · port 3306')).toBeInTheDocument();
    expect(screen.getByText('Kafka sink · port 9092')).toBeInTheDocument();
    expect(screen.getByText('Running')).toBeInTheDocument();
    expect(screen.getByText('Paused')).toBeInTheDocument();
    expect(ready()).toBe(false);
    await user.click(ack);
    await waitFor(() => expect(ready()).toBe(true));
    await user.click(ack);
    await waitFor(() => expect(ready()).toBe(false));
  });

  it('unused: says so plainly, asks nothing, ready', async () => {
    const { ready } = renderGate(SEED_PENDING_ID);
    expect(await screen.findByText('This connection is not used by any changefeed.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await waitFor(() => expect(ready()).toBe(true));
  });

  it('a failed changefeeds request: usage unknown, never "not used", the same acknowledgement', async () => {
    db.setFault('listChangefeeds', { kind: 'http', status: 403 });
    const { user, ready } = renderGate(SEED_PENDING_ID);
    expect(await screen.findByText('Usage unknown')).toBeInTheDocument();
    expect(screen.getByText(/could not be loaded/)).toHaveTextContent('permission denied');
    expect(screen.queryByText(/not used/i)).not.toBeInTheDocument();
    expect(ready()).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'I understand changefeeds may stop reaching their sinks' }));
    await waitFor(() => expect(ready()).toBe(true));
  });

  it('retry after a failure shows the real usage, and asks again', async () => {
    db.setFault('listChangefeeds', { kind: 'http', status: 403, times: 1 });
    const { user, ready } = renderGate(SEED_ACTIVE_ID);
    await user.click(await screen.findByRole('checkbox', { name: /may stop/ }));
    await waitFor(() => expect(ready()).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    const ack = await screen.findByRole('checkbox', { name: /2 changefeeds will stop/ });
    expect(ack).not.toBeChecked();
    expect(ready()).toBe(false);
  });

  it('Detach Domains: only the Kafka changefeed loses its route', async () => {
    const { ready } = renderGate(SEED_ACTIVE_ID, 'detach');
    expect(await screen.findByRole('checkbox', { name: 'I understand 1 changefeed will stop reaching its sink' })).toBeInTheDocument();
    expect(screen.getByText('orders-to-kafka')).toBeInTheDocument();
    expect(screen.queryByText('orders-to-rds')).not.toBeInTheDocument();
    expect(ready()).toBe(false);
  });

  it('in Chinese', async () => {
    renderGate(SEED_ACTIVE_ID, 'delete', 'zh-CN');
    expect(await screen.findByRole('checkbox', { name: '我了解 2 个 Changefeed 将无法再访问其下游' })).toBeInTheDocument();
    expect(screen.getByText('运行中')).toBeInTheDocument();
  });
});
