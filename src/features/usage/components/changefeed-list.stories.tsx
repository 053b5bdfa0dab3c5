import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { ChangefeedList } from './changefeed-list';

const meta = {
  title: 'Usage/Changefeed list (details)',
  component: ChangefeedList,
  args: { clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID, domains: 1 },
} satisfies Meta<typeof ChangefeedList>;
export default meta;
type Story = StoryObj<typeof meta>;

const unknown = { msw: { handlers: withFault('listChangefeeds', { kind: 'http', status: 503 }) } };
const zh = { locale: 'zh-CN' };

export const Used: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('orders-to-rds')).toBeVisible();
    await expect(canvas.getByText('Kafka sink · port 9092')).toBeVisible();
  },
};
export const UsedChinese: Story = { globals: zh };

/** A Kafka changefeed on a connection without attached domains: it cannot resolve its brokers. */
export const KafkaWithoutDomains: Story = { args: { domains: 0 } };

export const Unused: Story = {
  args: { connectionId: SEED_PENDING_ID },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Not used by any changefeed.')).toBeVisible();
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
