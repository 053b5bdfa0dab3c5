import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { awsConnection, listFailsAfter, listNeverAnswers, mockApi, withFault } from '@mocks/storybook';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID, seedClusters } from '@mocks/seed';
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

export const LoadError: Story = {
  parameters: { msw: { handlers: withFault('listConnections', { kind: 'http', status: 503 }) } },
};

/** The seed's ACTIVE and PENDING_ACCEPTANCE rows, and one of every other state (and an unknown one). */
const everyState = mockApi((db) => {
  db.data.connections.push(
    awsConnection('CREATING'),
    awsConnection('FAILED', {
      message:
        'The endpoint service com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0 is in us-west-2, but the cluster is in us-east-1. Create the endpoint service in us-east-1 and try again.',
    }),
    awsConnection('DELETING'),
    awsConnection('SUSPENDED'),
  );
});

export const EveryState: Story = { parameters: { msw: { handlers: everyState } } };

/** The state filter (the API filters), set in the URL as a shared link would. */
export const FilteredByState: Story = {
  parameters: { msw: { handlers: everyState }, search: { state: 'FAILED' } },
};

/** A text filter nothing matches. */
export const NoMatch: Story = {
  parameters: { msw: { handlers: everyState }, search: { q: 'no-such-connection' } },
};

/** The list loaded, then a refresh (it polls while a connection is pending) failed: the rows stay. */
export const StaleDataWithRefreshError: Story = {
  parameters: { msw: { handlers: listFailsAfter(1, { kind: 'http', status: 503 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // A pending acceptance polls every 30 s: the user's Refresh reads the list again, and it fails.
    await canvas.findByText('orders-rds');
    await userEvent.click(canvas.getByRole('button', { name: /^Refresh$/ }));
    await expect(await canvas.findByText(/Could not refresh the list/, {}, { timeout: 8000 })).toBeVisible();
    await expect(canvas.getByText('orders-rds')).toBeVisible();
  },
};

/** A cluster on a cloud without private link connections for Dataflow: Create is off. */
export const UnsupportedCloud: Story = {
  args: { cluster: { clusterId: '1379661944646413199', regionId: 'us-central1', cloudProvider: 'gcp' } },
  parameters: {
    msw: {
      handlers: mockApi((db) =>
        db.data.clusters.push({
          ...seedClusters[0]!,
          name: 'clusters/1379661944646413199',
          clusterId: '1379661944646413199',
          displayName: 'Cluster9',
          region: {
            name: 'regions/gcp-us-central1',
            regionId: 'us-central1',
            cloudProvider: 'gcp',
            displayName: 'Iowa (us-central1)',
          },
        }),
      ),
    },
  },
};

export const ManyRowsPaged: Story = {
  parameters: {
    msw: {
      handlers: mockApi((db) =>
        db.data.connections.push(...Array.from({ length: 45 }, () => awsConnection('ACTIVE'))),
      ),
    },
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
