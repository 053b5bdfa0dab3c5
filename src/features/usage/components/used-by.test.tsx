import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { ChangefeedList } from './changefeed-list';
import { UsedByBadge } from './used-by-badge';

// Waits (findBy…, waitFor) up to 10 s, not 1 s: a busy 2-core machine can take that long.
configure({ asyncUtilTimeout: 10_000 });

const count = () => db.requests.filter((r) => r.endpoint === 'listChangefeeds').length;

describe('UsedByBadge', { timeout: 60_000 }, () => {
  it('counts the changefeeds of each connection from one request for the cluster', async () => {
    renderWithProviders(
      <>
        <UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId={SEED_ACTIVE_ID} />
        <UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} />
        <UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId="plc-other" />
      </>,
    );
    expect(await screen.findByText('2 changefeeds')).toBeInTheDocument();
    expect(screen.getAllByText('Not used')).toHaveLength(2);
    expect(count()).toBe(1);
  });

  it('says "Usage unknown" when the list fails, never "Not used"', async () => {
    db.setFault('listChangefeeds', { kind: 'network' });
    renderWithProviders(<UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} />);
    expect(await screen.findByText('Usage unknown')).toBeInTheDocument();
    expect(screen.queryByText('Not used')).not.toBeInTheDocument();
  });
});

describe('ChangefeedList', { timeout: 60_000 }, () => {
  it('name, sink, port, state, and what each needs from the connection', async () => {
    renderWithProviders(<ChangefeedList clusterId={AWS_CLUSTER_ID} connectionId={SEED_ACTIVE_ID} domains={1} />);
    expect(await screen.findByText('orders-to-rds')).toBeInTheDocument();
    expect(screen.getByText('Needs the endpoint, on port 3306.')).toBeInTheDocument();
    expect(screen.getByText(/Needs the endpoint on port 9092 and the attached domains/)).toBeInTheDocument();
  });

  it('warns when a Kafka changefeed has no attached domains to resolve its brokers', async () => {
    renderWithProviders(<ChangefeedList clusterId={AWS_CLUSTER_ID} connectionId={SEED_ACTIVE_ID} domains={0} />);
    expect(await screen.findByText(/no domains are attached, so it cannot reach its brokers/)).toBeInTheDocument();
  });

  it('unused, and unknown on failure', async () => {
    const { unmount } = renderWithProviders(<ChangefeedList clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} />);
    expect(await screen.findByText('Not used by any changefeed.')).toBeInTheDocument();
    unmount();
    db.setFault('listChangefeeds', { kind: 'http', status: 403 });
    renderWithProviders(<ChangefeedList clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} />);
    expect(await screen.findByText('Usage unknown')).toBeInTheDocument();
    expect(screen.queryByText('Not used by any changefeed.')).not.toBeInTheDocument();
  });
});
