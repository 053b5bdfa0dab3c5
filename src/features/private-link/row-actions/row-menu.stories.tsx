import type { Meta, StoryObj } from '@storybook/react-vite';
import { awsConnection, mockApi, withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID, seedConnections } from '@mocks/seed';
import { RowMenu } from './row-menu';
import { RowMenuTrigger } from './row-menu-button';

const meta = {
  title: 'Private link/Row menu',
  component: RowMenu,
  args: {
    clusterId: AWS_CLUSTER_ID,
    connection: seedConnections[0]!,
    onAction: () => {},
    defaultOpen: true,
  },
  decorators: [
    (Story) => (
      <div style={{ display: 'flex', justifyContent: 'flex-end', minHeight: 200 }}>
        {Story()}
      </div>
    ),
  ],
} satisfies Meta<typeof RowMenu>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Active with domains attached: every item available. */
export const Active: Story = {};

/** Active, nothing attached: Detach Domains says why it is unavailable. */
export const ActiveWithoutDomains: Story = { parameters: { msw: { handlers: mockApi((db) => (db.data.attachDomains = [])) } } };

/** Active, while Get is out: Detach says it is checking and waits. */
export const ActiveChecking: Story = {
  parameters: { msw: { handlers: withFault('getConnection', { kind: 'hang' }) } },
};

/** Active, Get failed: Detach stays available and says it could not check. */
export const ActiveCheckFailed: Story = {
  parameters: { msw: { handlers: withFault('getConnection', { kind: 'http', status: 403 }) } },
};

export const PendingAcceptance: Story = { args: { connection: seedConnections[1]! } };

export const Failed: Story = { args: { connection: awsConnection('FAILED', { message: 'boom' }) } };

export const Deleting: Story = { args: { connection: awsConnection('DELETING') } };

/** The row's button as the table shows it, closed. */
export const Closed: Story = { args: { defaultOpen: false } };

/** The row's button while the menu's code loads: the same button, not usable yet. */
export const Loading: Story = { render: (args) => <RowMenuTrigger connection={args.connection} disabled /> };
