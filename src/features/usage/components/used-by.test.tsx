import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { UsageDetails } from './usage-details';
import { UsedByBadge } from './used-by-badge';

// Waits (findBy…, waitFor) up to 10 s, not 1 s: a busy 2-core machine can take that long.
configure({ asyncUtilTimeout: 10_000 });

const count = (endpoint: string) => db.requests.filter((r) => r.endpoint === endpoint).length;
const DOMAINS = ['*.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com'];

describe('UsedByBadge', { timeout: 60_000 }, () => {
  it('counts the changefeeds and migrations of each connection from one request of each for the cluster', async () => {
    renderWithProviders(
      <>
        <UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId={SEED_ACTIVE_ID} />
        <UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} />
        <UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId="plc-other" />
      </>,
    );
    expect(await screen.findByText('2 changefeeds, 1 migration')).toBeInTheDocument();
    expect(screen.getAllByText('Not used')).toHaveLength(2);
    expect([count('listChangefeeds'), count('listMigrations')]).toEqual([1, 1]);
  });

  it('a connection used by one migration only reads as used; matched by its endpoint ID too', async () => {
    db.addMigration(SEED_PENDING_ID, { byEndpointId: true });
    renderWithProviders(
      <>
        <UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} endpointId="vpce-08a7b6c5d4e3f2019" />
        <UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} />
      </>,
    );
    expect(await screen.findByText('1 migration')).toBeInTheDocument();
    expect(screen.getByText('Not used')).toBeInTheDocument(); // without the endpoint ID it cannot be matched
  });

  it('in Chinese', async () => {
    renderWithProviders(<UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId={SEED_ACTIVE_ID} />, { lang: 'zh-CN' });
    expect(await screen.findByText('2 个 Changefeed，1 个迁移任务')).toBeInTheDocument();
  });

  it.each(['listChangefeeds', 'listMigrations'] as const)('says "Usage unknown" when %s fails, never "Not used"', async (endpoint) => {
    db.setFault(endpoint, { kind: 'network' });
    renderWithProviders(<UsedByBadge clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} />);
    expect(await screen.findByText('Usage unknown')).toBeInTheDocument();
    expect(screen.queryByText('Not used')).not.toBeInTheDocument();
  });
});

describe('UsageDetails', { timeout: 60_000 }, () => {
  it('changefeeds: name, sink, port, state, needs; migrations: name, state, source host, needs; no password', async () => {
    const { container } = renderWithProviders(<UsageDetails clusterId={AWS_CLUSTER_ID} connectionId={SEED_ACTIVE_ID} domains={DOMAINS} />);
    expect(await screen.findByText('orders-to-rds')).toBeInTheDocument();
    expect(screen.getByText('Needs the endpoint, on port 3306.')).toBeInTheDocument();
    expect(screen.getByText(/Needs the endpoint on port 9092 and the attached domains/)).toBeInTheDocument();
    expect(await screen.findByText('orders-from-rds')).toBeInTheDocument();
    expect(screen.getByText('Source orders-db.cluster-c9x8y7z6w5v4.us-east-1.rds.amazonaws.com:3306')).toBeInTheDocument();
    expect(screen.getByText('Reaches its source through the endpoint.')).toBeInTheDocument();
    expect(screen.getAllByText('Running')).toHaveLength(2);
    expect(container.textContent).not.toMatch(/password/i);
  });

  it('a migration whose host is under an attached domain needs the domains', async () => {
    db.addMigration(SEED_PENDING_ID, { host: 'b0.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com' });
    renderWithProviders(<UsageDetails clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} domains={DOMAINS} />);
    expect(await screen.findByText('Reaches its source host by a name under the attached domains.')).toBeInTheDocument();
  });

  it('warns when a Kafka changefeed has no attached domains to resolve its brokers', async () => {
    renderWithProviders(<UsageDetails clusterId={AWS_CLUSTER_ID} connectionId={SEED_ACTIVE_ID} domains={[]} />);
    expect(await screen.findByText(/no domains are attached, so it cannot reach its brokers/)).toBeInTheDocument();
  });

  it('unused, and unknown when either list fails (what the other found still shown)', async () => {
    const { unmount } = renderWithProviders(<UsageDetails clusterId={AWS_CLUSTER_ID} connectionId={SEED_PENDING_ID} />);
    expect(await screen.findByText('Not used by any changefeed or migration.')).toBeInTheDocument();
    unmount();
    db.setFault('listMigrations', { kind: 'http', status: 403 });
    renderWithProviders(<UsageDetails clusterId={AWS_CLUSTER_ID} connectionId={SEED_ACTIVE_ID} />);
    expect(await screen.findByText('Usage unknown')).toBeInTheDocument();
    expect(screen.getByText(/Data Migration tasks of this cluster could not be loaded/)).toHaveTextContent('permission denied');
    expect(screen.getByText('orders-to-rds')).toBeInTheDocument();
    expect(screen.queryByText(/Not used/)).not.toBeInTheDocument();
  });
});
