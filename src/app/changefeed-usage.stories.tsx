import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { PrivateLinkPanel } from '@/features/private-link/panel/private-link-panel';
import { ChangefeedUsageProvider } from './changefeed-usage';

/** The private link panel as the app composes it: with the changefeeds and migrations that use each connection. */
const meta = {
  title: 'App/Panel with Used by',
  component: PrivateLinkPanel,
  args: { cluster: { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' } },
  decorators: [
    (Story) => (
      <ChangefeedUsageProvider clusterId={AWS_CLUSTER_ID}>
        <Story />
      </ChangefeedUsageProvider>
    ),
  ],
} satisfies Meta<typeof PrivateLinkPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const unknown = { msw: { handlers: withFault('listChangefeeds', { kind: 'http', status: 403 }) } };
const zh = { locale: 'zh-CN' };

export const UsedBy: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('2 changefeeds, 1 migration')).toBeVisible();
    await expect(canvas.getByText('Not used')).toBeVisible();
  },
};
export const UsedByChinese: Story = { globals: zh };

/** The usage filter, set in the URL as a shared link would. */
export const InUse: Story = { parameters: { search: { usage: 'used' } } };
export const NotInUse: Story = { parameters: { search: { usage: 'unused' } } };

/** The changefeeds request failed: every row says "Usage unknown", the filter is not applied. */
export const UsageUnknown: Story = {
  parameters: { ...unknown, search: { usage: 'unused' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Usage unknown: this filter is not applied.')).toBeVisible();
    await expect(canvas.queryByText('Not used')).not.toBeInTheDocument();
  },
};
export const UsageUnknownChinese: Story = { parameters: unknown, globals: zh };
