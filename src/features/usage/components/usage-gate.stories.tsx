import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { mockApi, withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { UsageGateHarness } from './usage-gate-harness';

const meta = {
  title: 'Usage/Usage gate',
  component: UsageGateHarness,
  args: { clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID, action: 'delete' },
} satisfies Meta<typeof UsageGateHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

const unknown = { msw: { handlers: withFault('listChangefeeds', { kind: 'http', status: 403 }) } };
const zh = { locale: 'zh-CN' };

/** orders-rds: both changefeeds and the migration listed; ready only once acknowledged. */
export const Used: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const ack = await canvas.findByRole('checkbox', { name: 'I understand 2 changefeeds, 1 migration will stop working' });
    await expect(canvas.getByTestId('ready')).toHaveTextContent('false');
    await userEvent.click(ack);
    await expect(canvas.getByTestId('ready')).toHaveTextContent('true');
  },
};
export const UsedChinese: Story = {
  globals: zh,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('checkbox', { name: '我了解以下任务将停止工作：2 个 Changefeed，1 个迁移任务' })).toBeVisible();
  },
};

export const Unused: Story = {
  args: { connectionId: SEED_PENDING_ID },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('This connection is not used by any changefeed or migration.')).toBeVisible();
  },
};
export const UnusedChinese: Story = { args: { connectionId: SEED_PENDING_ID }, globals: zh };

/** The changefeeds request failed: usage unknown, the same acknowledgement, never "not used". */
export const UsageUnknown: Story = {
  args: { connectionId: SEED_PENDING_ID },
  parameters: unknown,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Usage unknown')).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'I understand changefeeds and migrations may stop working' })).not.toBeChecked();
  },
};
export const UsageUnknownChinese: Story = { args: { connectionId: SEED_PENDING_ID }, parameters: unknown, globals: zh };

/** A connection used by one migration and no changefeed: Delete names it and asks. */
const onlyMigration = { msw: { handlers: mockApi((db) => db.addMigration(SEED_PENDING_ID, { displayName: 'events-from-mysql', host: '10.0.12.7' })) } };
export const OnlyMigration: Story = {
  args: { connectionId: SEED_PENDING_ID },
  parameters: onlyMigration,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('checkbox', { name: 'I understand 1 migration will stop working' })).toBeVisible();
    await expect(canvas.getByText('events-from-mysql')).toBeVisible();
  },
};
export const OnlyMigrationChinese: Story = { args: { connectionId: SEED_PENDING_ID }, parameters: onlyMigration, globals: zh };

/** The migrations request failed: usage unknown even though no changefeed uses the connection. */
export const MigrationsUnknown: Story = {
  args: { connectionId: SEED_PENDING_ID },
  parameters: { msw: { handlers: withFault('listMigrations', { kind: 'http', status: 503 }) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Usage unknown')).toBeVisible();
  },
};

export const Checking: Story = { parameters: { msw: { handlers: withFault('listChangefeeds', { kind: 'hang' }) } } };

/** Detach Domains: only the Kafka changefeed needs the domains. */
export const Detach: Story = {
  args: { action: 'detach', domains: ['*.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com'] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('checkbox', { name: 'I understand 1 changefeed will stop reaching its sink' })).toBeVisible();
  },
};
