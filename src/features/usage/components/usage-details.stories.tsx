import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { mockApi, withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { UsageDetails } from './usage-details';

const DOMAINS = ['*.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com'];

const meta = {
  title: 'Usage/Usage details',
  component: UsageDetails,
  args: { clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID, domains: DOMAINS },
} satisfies Meta<typeof UsageDetails>;
export default meta;
type Story = StoryObj<typeof meta>;

const unknown = { msw: { handlers: withFault('listChangefeeds', { kind: 'http', status: 503 }) } };
const migrationsUnknown = { msw: { handlers: withFault('listMigrations', { kind: 'http', status: 403 }) } };
/** kafka-events carries one migration and no changefeed. */
const onlyMigration = { msw: { handlers: mockApi((db) => db.addMigration(SEED_PENDING_ID, { displayName: 'events-from-mysql', host: '10.0.12.7' })) } };
const zh = { locale: 'zh-CN' };

/** orders-rds: two changefeeds and the running migration orders-from-rds, with its source host. */
export const Used: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('orders-to-rds')).toBeVisible();
    await expect(canvas.getByText('Kafka sink · port 9092')).toBeVisible();
    await expect(await canvas.findByText('orders-from-rds')).toBeVisible(); // its own request: it may come after the changefeeds
    await expect(canvas.getByText('Source orders-db.cluster-c9x8y7z6w5v4.us-east-1.rds.amazonaws.com:3306')).toBeVisible();
  },
};
export const UsedChinese: Story = { globals: zh };

/** A connection used by one migration and no changefeed. */
export const OnlyMigration: Story = {
  args: { connectionId: SEED_PENDING_ID },
  parameters: onlyMigration,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('events-from-mysql')).toBeVisible();
    await expect(canvas.getByText('Source 10.0.12.7:3306')).toBeVisible();
  },
};
export const OnlyMigrationChinese: Story = { args: { connectionId: SEED_PENDING_ID }, parameters: onlyMigration, globals: zh };

/** A Kafka changefeed on a connection without attached domains: it cannot resolve its brokers. */
export const KafkaWithoutDomains: Story = { args: { domains: [] } };

export const Unused: Story = {
  args: { connectionId: SEED_PENDING_ID },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Not used by any changefeed or migration.')).toBeVisible();
  },
};
export const UnusedChinese: Story = { args: { connectionId: SEED_PENDING_ID }, globals: zh };

export const UsageUnknown: Story = {
  parameters: unknown,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Usage unknown', {}, { timeout: 15_000 })).toBeVisible();
  },
};
export const UsageUnknownChinese: Story = { parameters: unknown, globals: zh };

/** The migrations list failed: usage unknown, the changefeeds found still shown. */
export const MigrationsUnknown: Story = {
  parameters: migrationsUnknown,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/Data Migration tasks of this cluster could not be loaded/, {}, { timeout: 15_000 })).toBeVisible();
    await expect(await canvas.findByText('orders-to-rds')).toBeVisible();
  },
};
export const MigrationsUnknownChinese: Story = { parameters: migrationsUnknown, globals: zh };
