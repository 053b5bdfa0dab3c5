import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID, SEED_PENDING_ID } from '@mocks/seed';
import { PrivateLinkPanel } from '@/features/private-link/panel/private-link-panel';
import { renderWithProviders } from '@/test/render';
import { ChangefeedUsageProvider } from './changefeed-usage';
import { findMenuButton } from '@/test/row-menu';

// Waits (findBy…, waitFor) up to 10 s, not 1 s: a busy 2-core machine can take that long.
configure({ asyncUtilTimeout: 10_000 });

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const count = (endpoint: string) => db.requests.filter((r) => r.endpoint === endpoint).length;
const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

function renderPanel() {
  return renderWithProviders(
    <ChangefeedUsageProvider clusterId={AWS_CLUSTER_ID}>
      <PrivateLinkPanel cluster={aws} />
    </ChangefeedUsageProvider>,
  );
}

async function openDelete(user: ReturnType<typeof renderPanel>['user'], name: string) {
  await user.click(await findMenuButton(`Actions for ${name}`));
  const item = await screen.findByRole('menuitem', { name: 'Delete' }, { timeout: 20_000 });
  await waitFor(() => expect(item).not.toHaveAttribute('aria-disabled'));
  await user.click(item);
  return screen.findByRole('dialog', {}, { timeout: 20_000 });
}

// The dialogs' code is imported on first use: seconds on a busy machine.
describe('Used by, composed into the private link panel', { timeout: 60_000 }, () => {
  it('a Used by cell per row, from one changefeeds and one migrations request for the cluster', async () => {
    renderPanel();
    expect(await screen.findByText('2 changefeeds, 1 migration')).toBeInTheDocument();
    expect(within(row('orders-rds')).getByText('2 changefeeds, 1 migration')).toBeInTheDocument();
    expect(within(row('kafka-events')).getByText('Not used')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Used by' })).toBeInTheDocument();
    expect([count('listChangefeeds'), count('listMigrations')]).toEqual([1, 1]);
  });

  it('a migration naming the connection by its endpoint ID counts (the row carries the endpoint)', async () => {
    db.addMigration(SEED_PENDING_ID, { byEndpointId: true });
    renderPanel();
    expect(await within(await screen.findByRole('rowheader', { name: 'kafka-events' }).then((h) => h.closest('tr')!)).findByText('1 migration')).toBeInTheDocument();
  });

  it('the rows do not wait for the migrations: they show while the migrations never answer', async () => {
    db.setFault('listMigrations', { kind: 'hang' });
    renderPanel();
    expect(await screen.findByRole('rowheader', { name: 'orders-rds' })).toBeInTheDocument();
    expect(within(row('orders-rds')).getByText('Checking usage…')).toBeInTheDocument();
  });

  it('filters in use / not in use, kept in the URL', async () => {
    const { user } = renderPanel();
    await screen.findByText('2 changefeeds, 1 migration');
    await user.selectOptions(screen.getByLabelText('Usage'), 'In use');
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: 'kafka-events' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('rowheader', { name: 'orders-rds' })).toBeInTheDocument();
    expect(new URL(location.href).searchParams.get('usage')).toBe('used');
    await user.selectOptions(screen.getByLabelText('Usage'), 'Not in use');
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: 'orders-rds' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('rowheader', { name: 'kafka-events' })).toBeInTheDocument();
  });

  it.each(['listChangefeeds', 'listMigrations'] as const)('the filter is not applied when usage is unknown (%s failing), and says so', async (endpoint) => {
    db.setFault(endpoint, { kind: 'http', status: 403 });
    history.replaceState(null, '', '/?usage=unused');
    renderPanel();
    expect(await screen.findByText('Usage unknown: this filter is not applied.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('Usage unknown')).toHaveLength(2));
    expect(screen.getByRole('rowheader', { name: 'orders-rds' })).toBeInTheDocument();
    expect(screen.queryByText('Not used')).not.toBeInTheDocument();
  });

  it('the details list the changefeeds and migrations and what each needs', async () => {
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Show details of orders-rds' }));
    const section = await screen.findByRole('region', { name: 'Used by changefeeds and migrations' });
    expect(await within(section).findByText('orders-from-rds')).toBeInTheDocument();
    expect(within(section).getByText('Source orders-db.cluster-c9x8y7z6w5v4.us-east-1.rds.amazonaws.com:3306')).toBeInTheDocument();
    expect(await within(section).findByText('Reaches its source through the endpoint.')).toBeInTheDocument();
    expect(await within(section).findByText('orders-to-rds')).toBeInTheDocument();
    expect(within(section).getByText('Needs the endpoint, on port 3306.')).toBeInTheDocument();
    expect(await within(section).findByText(/port 9092 and the attached domains/)).toBeInTheDocument();
  });

  it('Delete orders-rds: both changefeeds and the migration, the acknowledgement gates the submit, the CLI list commands', async () => {
    const { user } = renderPanel();
    const dialog = await openDelete(user, 'orders-rds');
    const ack = await within(dialog).findByRole('checkbox', { name: 'I understand 2 changefeeds, 1 migration will stop working' });
    expect(within(dialog).getByText('orders-from-rds')).toBeInTheDocument();
    expect(within(dialog).getByText('orders-to-rds')).toBeInTheDocument();
    expect(within(dialog).getByText('orders-to-kafka')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/to confirm/), 'orders-rds');
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeDisabled();
    await user.click(ack);
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled();
    expect(within(dialog).getByText(/ticloud serverless changefeed list --cluster-id 1379661944646413143/)).toBeInTheDocument();
    expect(within(dialog).getByText(/ticloud serverless migration list -c 1379661944646413143/)).toBeInTheDocument();
    expect(within(dialog).getByText(/private-link-connection delete/)).toBeInTheDocument();
  });

  it('Delete an unused connection: said plainly, only the name check', async () => {
    const { user } = renderPanel();
    const dialog = await openDelete(user, 'kafka-events');
    expect(await within(dialog).findByText('This connection is not used by any changefeed or migration.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/to confirm/), 'kafka-events');
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(count('deleteConnection')).toBe(1);
  });
});
