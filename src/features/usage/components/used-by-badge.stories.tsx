import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { mockApi, withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { UsedByBadge } from './used-by-badge';

const meta = {
  title: 'Usage/Used by badge',
  component: UsedByBadge,
  args: { clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID },
} satisfies Meta<typeof UsedByBadge>;
export default meta;
type Story = StoryObj<typeof meta>;

const unknown = { msw: { handlers: withFault('listChangefeeds', { kind: 'http', status: 403 }) } };
const zh = { locale: 'zh-CN' };

export const Used: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('2 changefeeds, 1 migration')).toBeVisible();
  },
};
const onlyMigration = { msw: { handlers: mockApi((db) => db.addMigration(SEED_PENDING_ID)) } };
/** kafka-events: one migration, no changefeed. */
export const OnlyMigration: Story = {
  args: { connectionId: SEED_PENDING_ID },
  parameters: onlyMigration,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('1 migration')).toBeVisible();
  },
};
export const OnlyMigrationChinese: Story = { args: { connectionId: SEED_PENDING_ID }, parameters: onlyMigration, globals: zh };
export const MigrationsUnknown: Story = { parameters: { msw: { handlers: withFault('listMigrations', { kind: 'http', status: 503 }) } } };
export const UsedChinese: Story = { globals: zh };
export const Unused: Story = { args: { connectionId: SEED_PENDING_ID } };
export const UnusedChinese: Story = { args: { connectionId: SEED_PENDING_ID }, globals: zh };
export const UsageUnknown: Story = {
  parameters: unknown,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Usage unknown')).toBeVisible();
  },
};
export const UsageUnknownChinese: Story = { parameters: unknown, globals: zh };
