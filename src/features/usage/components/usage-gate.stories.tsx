import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from '@mocks/seed';
import { UsageGate } from './usage-gate';

const meta = {
  title: 'Usage/Usage gate',
  component: UsageGate,
  args: { clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID, action: 'delete', onReadyChange: fn() },
} satisfies Meta<typeof UsageGate>;
export default meta;
type Story = StoryObj<typeof meta>;

const unknown = { msw: { handlers: withFault('listChangefeeds', { kind: 'http', status: 403 }) } };
const zh = { locale: 'zh-CN' };

/** orders-rds: both changefeeds listed; ready only once acknowledged. */
export const Used: Story = {
  play: async ({ canvasElement, args }) => {
    const ack = await within(canvasElement).findByRole('checkbox', { name: 'I understand 2 changefeeds will stop reaching their sinks' });
    await expect(args.onReadyChange).toHaveBeenLastCalledWith(false);
    await userEvent.click(ack);
    await expect(args.onReadyChange).toHaveBeenLastCalledWith(true);
  },
};
export const UsedChinese: Story = {
  globals: zh,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('checkbox', { name: '我了解 2 个 Changefeed 将无法再访问其下游' })).toBeVisible();
  },
};

export const Unused: Story = {
  args: { connectionId: SEED_PENDING_ID },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('This connection is not used by any changefeed.')).toBeVisible();
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
    await expect(canvas.getByRole('checkbox', { name: 'I understand changefeeds may stop reaching their sinks' })).not.toBeChecked();
  },
};
export const UsageUnknownChinese: Story = { args: { connectionId: SEED_PENDING_ID }, parameters: unknown, globals: zh };

export const Checking: Story = { parameters: { msw: { handlers: withFault('listChangefeeds', { kind: 'hang' }) } } };

/** Detach Domains: only the Kafka changefeed needs the domains. */
export const Detach: Story = {
  args: { action: 'detach' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('checkbox', { name: 'I understand 1 changefeed will stop reaching its sink' })).toBeVisible();
  },
};
