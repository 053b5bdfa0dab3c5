import type { Meta, StoryObj } from '@storybook/react-vite';
import { awsConnection, listNeverAnswers, mockApi, withFault } from '@mocks/storybook';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID } from '@mocks/seed';
import { PrivateLinkPanel } from './private-link-panel';

const aws = { clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', cloudProvider: 'aws' };
const ali = { clusterId: ALICLOUD_CLUSTER_ID, regionId: 'ap-southeast-1', cloudProvider: 'alicloud' };

const meta = {
  title: 'Private link/Panel',
  component: PrivateLinkPanel,
  args: { cluster: aws },
} satisfies Meta<typeof PrivateLinkPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Seeded: Story = {};

export const Loading: Story = { parameters: { msw: { handlers: listNeverAnswers } } };

export const Empty: Story = { args: { cluster: ali } };

export const LoadError: Story = { parameters: { msw: { handlers: withFault('listConnections', { kind: 'http', status: 503 }) } } };

export const EveryState: Story = {
  parameters: {
    msw: {
      handlers: mockApi((db) => {
        db.data.connections.push(
          awsConnection('CREATING'),
          awsConnection('FAILED', {
            message:
              'The endpoint service com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0 is in us-west-2, but the cluster is in us-east-1. Create the endpoint service in us-east-1 and try again.',
          }),
          awsConnection('DELETING'),
          awsConnection('SUSPENDED'),
        );
      }),
    },
  },
};

export const ManyRowsPaged: Story = {
  parameters: {
    msw: { handlers: mockApi((db) => db.data.connections.push(...Array.from({ length: 45 }, () => awsConnection('ACTIVE')))) },
  },
};

export const HostileNames: Story = {
  parameters: {
    msw: {
      handlers: mockApi((db) =>
        db.data.connections.push(
          awsConnection('ACTIVE', { displayName: '<img src=x onerror=alert(1)>' }),
          awsConnection('FAILED', { displayName: '"><script>alert(1)</script>', message: '<b>not bold</b>' }),
        ),
      ),
    },
  },
};
