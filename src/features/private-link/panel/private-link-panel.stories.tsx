import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
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

const MINUTE = 60_000;
/** Times relative to the story's opening, so "2 hours ago" reads the same any day. */
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** Rows on their way: pending acceptance (the accept commands, check now), and one Creating for 3 hours. */
export const PendingWithCommands: Story = {
  parameters: {
    msw: {
      handlers: mockApi((db) => {
        db.data.connections.push(
          awsConnection('CREATING', { displayName: 'creating-for-hours', createTime: ago(180 * MINUTE) }),
        );
        const pending = db.data.connections.find((c) => c.state === 'PENDING_ACCEPTANCE')!;
        pending.createTime = ago(120 * MINUTE);
        pending.updateTime = ago(40 * MINUTE);
      }),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByText('Accept it from the command line'));
    await expect(canvas.getByRole('group', { name: 'AWS CLI' })).toHaveTextContent(
      'aws ec2 accept-vpc-endpoint-connections --region us-east-1 --service-id vpce-svc-07f6e5d4c3b2a1908 --vpc-endpoint-ids vpce-08a7b6c5d4e3f2019',
    );
    await expect(canvas.getByText(/Created 2 hours ago, last changed 40 minutes ago\./)).toBeVisible();
    await expect(canvas.getByText(/Unchanged for 3 hours, longer than usual/)).toBeVisible();
  },
};

/** An Alibaba Cloud connection pending acceptance: EnableVpcEndpointConnection with its IDs. */
export const PendingAlibabaCloud: Story = {
  args: { cluster: ali },
  parameters: {
    msw: {
      handlers: mockApi((db) =>
        db.data.connections.push({
          privateLinkConnectionId: 'plc-storyali0000000001',
          clusterId: ALICLOUD_CLUSTER_ID,
          displayName: 'rds-singapore',
          type: 'ALICLOUD_ENDPOINT_SERVICE',
          alicloudEndpointService: {
            name: 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n2pz8jbx6hd5x7c9qf',
            endpointId: 'ep-t4nd0l3pqxhzq7c1f2gb',
          },
          state: 'PENDING_ACCEPTANCE',
          createdBy: 'jane.doe@acme.example',
          createTime: ago(25 * MINUTE),
          updateTime: ago(20 * MINUTE),
        }),
      ),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByText('Accept it from the command line'));
    await expect(canvas.getByRole('group', { name: 'Alibaba Cloud CLI' })).toHaveTextContent(
      '--ServiceId epsrv-t4n2pz8jbx6hd5x7c9qf --EndpointId ep-t4nd0l3pqxhzq7c1f2gb',
    );
  },
};

/** A failed row told in words, TiDB Cloud's message kept as sent, and Create again. */
export const FailedActionable: Story = {
  parameters: {
    msw: {
      handlers: mockApi((db) =>
        db.data.connections.push(
          awsConnection('FAILED', {
            displayName: 'orders-west',
            awsEndpointService: {
              name: 'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0',
              region: 'us-east-1',
            },
            message:
              'The endpoint service com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0 is in us-west-2, but the connection looks for it in us-east-1. Create the endpoint service in us-east-1, or set awsEndpointService.region to its region, and try again.',
            createTime: ago(30 * MINUTE),
            updateTime: ago(28 * MINUTE),
          }),
        ),
      ),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(
        'The endpoint service is in us-west-2, but TiDB Cloud looked for it in us-east-1.',
      ),
    ).toBeVisible();
    await userEvent.click(canvas.getByText('Message from TiDB Cloud, as sent'));
    await expect(canvas.getByText(/or set “Endpoint Service Region” to its region/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Create again with these settings' }));
    await expect(await within(document.body).findByLabelText('Private Link Connection Name')).toHaveValue(
      'orders-west',
    );
  },
};

/** A Delete left while it is sent (its answer never comes): the dialog closed, the panel says it is still out. */
export const DeleteLeftWhileSending: Story = {
  parameters: { msw: { handlers: withFault('deleteConnection', { kind: 'hang' }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const page = within(document.body);
    const actions = await canvas.findByRole('button', { name: 'Actions for kafka-events' });
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Actions for kafka-events' })).toBeEnabled());
    await userEvent.click(canvas.getByRole('button', { name: actions.getAttribute('aria-label')! }));
    await userEvent.click(await page.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await page.findByRole('dialog', { name: 'Delete Private Link Connection' });
    await userEvent.type(within(dialog).getByLabelText(/to confirm/), 'kafka-events');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await expect(await within(dialog).findByText(/You can close this/)).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(await canvas.findByText(/still being sent/)).toBeVisible();
  },
};
