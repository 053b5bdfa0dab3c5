import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { awsConnection, mockApi } from '@mocks/storybook';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { PrivateLinkPanel } from './private-link-panel';

/**
 * The panel at the widths people use, in both languages: a phone (390 × 844, rows as cards) and a
 * desktop (1280 × 800, the table), with long values (a 64-character name, a failed connection's
 * message) beside the seed's pending and active rows. Pick the viewport in the toolbar to compare.
 */
const VIEWPORTS = {
  phone: { name: 'Phone (390 × 844)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  desktop: { name: 'Desktop (1280 × 800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

const longValues = mockApi((db) => {
  db.data.connections.push(
    awsConnection('ACTIVE', {
      displayName: 'warehouse-replica-for-quarterly-reporting-and-audit-exports-0001',
    }),
    awsConnection('FAILED', {
      displayName: 'failed-wrong-region',
      message:
        'The endpoint service com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0 is in us-west-2, but the cluster is in us-east-1. Create the endpoint service in us-east-1 and try again.',
    }),
  );
});

const meta = {
  title: 'Private link/Panel/Screens',
  component: PrivateLinkPanel,
  args: { cluster: { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' } },
  parameters: { msw: { handlers: longValues }, viewport: { options: VIEWPORTS } },
} satisfies Meta<typeof PrivateLinkPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The heading in the story's language with the English name where it differs, and every row. */
const shows = (title: RegExp) =>
  (async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: title })).toBeVisible();
    await expect(await canvas.findAllByTestId('connection-row')).toHaveLength(4);
    await expect(
      canvas.getByText('warehouse-replica-for-quarterly-reporting-and-audit-exports-0001'),
    ).toBeVisible();
  }) satisfies Story['play'];

export const PhoneEnglish: Story = {
  globals: { viewport: { value: 'phone', isRotated: false }, locale: 'en' },
  play: shows(/^Private Link Connection For Dataflow$/),
};

export const PhoneChinese: Story = {
  globals: { viewport: { value: 'phone', isRotated: false }, locale: 'zh-CN' },
  play: shows(/^Dataflow 的私有链路连接 \(Private Link Connection For Dataflow\)$/),
};

export const DesktopEnglish: Story = {
  globals: { viewport: { value: 'desktop', isRotated: false }, locale: 'en' },
  play: shows(/^Private Link Connection For Dataflow$/),
};

export const DesktopChinese: Story = {
  globals: { viewport: { value: 'desktop', isRotated: false }, locale: 'zh-CN' },
  play: shows(/^Dataflow 的私有链路连接 \(Private Link Connection For Dataflow\)$/),
};
