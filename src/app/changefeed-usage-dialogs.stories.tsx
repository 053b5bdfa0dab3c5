import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { mockApi, withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID, seedConnections } from '@mocks/seed';
import { DeleteConnectionDialog } from '@/features/private-link/row-actions/delete-connection-dialog';
import { DetachDomainsDialog } from '@/features/private-link/row-actions/detach-domains-dialog';
import { ChangefeedUsageProvider } from './changefeed-usage';

const [ordersRds, kafkaEvents] = seedConnections as [
  (typeof seedConnections)[0],
  (typeof seedConnections)[0],
];

/** Delete as the app composes it: the changefeeds that lose their route, and the acknowledgement. */
const meta = {
  title: 'App/Delete and Detach with Used by',
  component: DeleteConnectionDialog,
  args: { open: true, onOpenChange: () => {}, clusterId: AWS_CLUSTER_ID, connection: ordersRds },
  decorators: [
    (Story) => (
      <ChangefeedUsageProvider clusterId={AWS_CLUSTER_ID}>
        <Story />
      </ChangefeedUsageProvider>
    ),
  ],
} satisfies Meta<typeof DeleteConnectionDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const unknown = { msw: { handlers: withFault('listChangefeeds', { kind: 'http', status: 403 }) } };
const zh = { locale: 'zh-CN' };

/** orders-rds: both changefeeds and the migration orders-from-rds; the name alone does not enable Delete. */
export const DeleteUsed: Story = {
  play: async () => {
    const ack = await body().findByRole('checkbox', { name: 'I understand 2 changefeeds, 1 migration will stop working' });
    await expect(body().getByText('orders-from-rds')).toBeVisible();
    await userEvent.type(body().getByLabelText(/to confirm/), 'orders-rds');
    await expect(body().getByRole('button', { name: 'Delete' })).toBeDisabled();
    await userEvent.click(ack);
    await expect(body().getByRole('button', { name: 'Delete' })).toBeEnabled();
  },
};
export const DeleteUsedChinese: Story = { globals: zh };

export const DeleteUnused: Story = {
  args: { connection: kafkaEvents },
  play: async () => {
    await expect(await body().findByText('This connection is not used by any changefeed or migration.')).toBeVisible();
  },
};
export const DeleteUnusedChinese: Story = { args: { connection: kafkaEvents }, globals: zh };

export const DeleteUsageUnknown: Story = {
  args: { connection: kafkaEvents },
  parameters: unknown,
  play: async () => {
    await expect(await body().findByText('Usage unknown')).toBeVisible();
    await userEvent.type(body().getByLabelText(/to confirm/), 'kafka-events');
    await expect(body().getByRole('button', { name: 'Delete' })).toBeDisabled();
  },
};
export const DeleteUsageUnknownChinese: Story = {
  args: { connection: kafkaEvents },
  parameters: unknown,
  globals: zh,
};

/** kafka-events, used by one migration and no changefeed: Delete names it and asks. */
const onlyMigration = { msw: { handlers: mockApi((db) => db.addMigration(kafkaEvents.privateLinkConnectionId!, { displayName: 'events-from-mysql', byEndpointId: true })) } };
export const DeleteOnlyMigration: Story = {
  args: { connection: kafkaEvents },
  parameters: onlyMigration,
  play: async () => {
    const ack = await body().findByRole('checkbox', { name: 'I understand 1 migration will stop working' });
    await expect(body().getByText('events-from-mysql')).toBeVisible();
    await userEvent.type(body().getByLabelText(/to confirm/), 'kafka-events');
    await expect(body().getByRole('button', { name: 'Delete' })).toBeDisabled();
    await userEvent.click(ack);
    await expect(body().getByRole('button', { name: 'Delete' })).toBeEnabled();
  },
};
export const DeleteOnlyMigrationChinese: Story = { args: { connection: kafkaEvents }, parameters: onlyMigration, globals: zh };

/** The migrations request failed: usage unknown on a connection no changefeed uses. */
export const DeleteMigrationsUnknown: Story = {
  args: { connection: kafkaEvents },
  parameters: { msw: { handlers: withFault('listMigrations', { kind: 'http', status: 403 }) } },
  play: async () => {
    await expect(await body().findByText(/Data Migration tasks of this cluster could not be loaded/)).toBeVisible();
    await expect(body().getByRole('checkbox', { name: 'I understand changefeeds and migrations may stop working' })).not.toBeChecked();
  },
};

/** Detach Domains on orders-rds: the Kafka changefeed needs the domains, the MySQL one does not; nor does the migration (its RDS host is outside the domains). */
export const DetachUsed: Story = {
  render: ({ open, onOpenChange, clusterId, connection }) => (
    <DetachDomainsDialog
      open={open}
      onOpenChange={onOpenChange}
      clusterId={clusterId}
      connection={connection}
    />
  ),
  play: async () => {
    await expect(
      await body().findByRole('checkbox', { name: 'I understand 1 changefeed will stop reaching its sink' }),
    ).toBeVisible();
  },
};
