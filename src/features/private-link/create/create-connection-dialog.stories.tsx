import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { mockApi, withFault } from '@mocks/storybook';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID, seedClusters } from '@mocks/seed';
import { cloudRegionCode } from '@/contract/clusters';
import { CONNECTION_TYPES, type ConnectionType } from '@/contract/private-link';
import { PROVIDERS } from '@/contract/providers';
import { CreateConnectionDialog } from './create-connection-dialog';

const meta = {
  title: 'Private link/Create dialog',
  component: CreateConnectionDialog,
  args: {
    open: true,
    onOpenChange: () => {},
    onSuccess: () => {},
    clusterId: AWS_CLUSTER_ID,
    regionId: 'us-east-1',
    type: 'AWS_ENDPOINT_SERVICE',
  },
} satisfies Meta<typeof CreateConnectionDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const fill = async (name: string, service: string) => {
  await userEvent.type(await body().findByLabelText('Private Link Connection Name'), name);
  await userEvent.type(body().getByLabelText('Endpoint Service Name'), service);
};
const AWS_SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

export const Aws: Story = {};

export const AlibabaCloud: Story = {
  args: { clusterId: ALICLOUD_CLUSTER_ID, regionId: 'ap-southeast-1', type: 'ALICLOUD_ENDPOINT_SERVICE' },
};

/** The seeded cluster on a type's cloud (mocks/seed.ts has one per cloud of the registry). */
const clusterFor = (type: ConnectionType) => seedClusters.find((c) => c.region.cloudProvider === PROVIDERS[type].cloud);

/**
 * Any type of the provider registry (the `type` control lists them all), on the seeded cluster of
 * its cloud: a provider added to the registry is previewed here without a story of its own.
 */
export const ByType: Story = {
  argTypes: { type: { control: 'select', options: CONNECTION_TYPES } },
  render: (args) => {
    const cluster = clusterFor(args.type);
    return <CreateConnectionDialog {...args} clusterId={cluster?.clusterId ?? args.clusterId} regionId={cluster ? cloudRegionCode(cluster.region) : args.regionId} />;
  },
  play: async ({ args }) => {
    await expect(await body().findByRole('radio', { checked: true })).toHaveAttribute('value', args.type);
    await expect(body().getByLabelText('Endpoint Service Name')).toHaveAttribute('placeholder', PROVIDERS[args.type].serviceName.placeholder);
  },
};

/** A cloud that offers several types (every type of the registry, as a preview): the form lets the user choose. */
export const SeveralTypes: Story = {
  args: { types: CONNECTION_TYPES },
  play: async () => {
    await expect(await body().findAllByRole('radio')).toHaveLength(CONNECTION_TYPES.length);
    await userEvent.click(body().getByRole('radio', { name: 'Alibaba Cloud Endpoint Service' }));
    await expect(body().getByLabelText('Endpoint Service Name')).toHaveAttribute('placeholder', PROVIDERS.ALICLOUD_ENDPOINT_SERVICE.serviceName.placeholder);
  },
};

export const ZonesLoading: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('*/v1beta1/clusters/:id/privateLinkConnections\\:getAvailabilityZones', () =>
          delay('infinite'),
        ),
        ...mockApi(),
      ],
    },
  },
};

export const ZonesError: Story = {
  parameters: { msw: { handlers: withFault('getAvailabilityZones', { kind: 'http', status: 500 }) } },
};

/** Create on the empty form: both fields say what they need, and nothing is sent. */
export const ValidationErrors: Story = {
  play: async () => {
    await userEvent.click(await body().findByRole('button', { name: 'Create' }));
    await expect(body().getByLabelText('Private Link Connection Name')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(body().getByLabelText('Endpoint Service Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(body().getByText('Enter a name.')).toBeVisible();
    await expect(body().getByText('Enter the endpoint service name.')).toBeVisible();
  },
};

/** A service name that is not an AWS endpoint service name. */
export const MalformedServiceName: Story = {
  play: async () => {
    await userEvent.type(
      await body().findByLabelText('Endpoint Service Name'),
      'com.amazonaws.vpce.us-east-1.svc-1',
    );
    await userEvent.click(body().getByRole('button', { name: 'Create' }));
    await expect(body().getByLabelText('Endpoint Service Name')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** An endpoint service in us-west-2 for a cluster in us-east-1: a warning, not an error. */
/** A name TiDB Cloud may refuse (over 64 characters): said, not refused; Create stays available. */
export const LongNameWarning: Story = {
  play: async () => {
    const name = await body().findByLabelText('Private Link Connection Name');
    await userEvent.click(name);
    await userEvent.paste(`orders-replica-${'x'.repeat(60)}`);
    await expect(name).toHaveAccessibleDescription('Longer than 64 characters: TiDB Cloud may refuse it.');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  },
};

export const WrongRegionWarning: Story = {
  play: async () => {
    await fill('west', 'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0');
    await expect(await body().findByText(/This endpoint service is in us-west-2/)).toBeVisible();
    await expect(body().getByLabelText('Endpoint Service Name')).not.toHaveAttribute('aria-invalid', 'true');
  },
};

export const ServerError: Story = {
  parameters: { msw: { handlers: withFault('createConnection', { kind: 'http', status: 500 }) } },
  play: async () => {
    await fill('analytics', AWS_SERVICE);
    await userEvent.click(body().getByRole('button', { name: 'Create' }));
    await expect(await body().findByRole('alert')).toBeInTheDocument();
  },
};

/** The API refusing the create with a 409 (the spec promises no unique names: the mock's default allows them). */
export const DuplicateName: Story = {
  parameters: { msw: { handlers: withFault('createConnection', { kind: 'http', status: 409 }) } },
  play: async () => {
    await fill('orders-rds', AWS_SERVICE);
    await userEvent.click(body().getByRole('button', { name: 'Create' }));
    await expect(await body().findByRole('alert')).toBeInTheDocument();
  },
};

export const Pending: Story = {
  parameters: { msw: { handlers: withFault('createConnection', { kind: 'hang' }) } },
  play: async () => {
    await fill('analytics', AWS_SERVICE);
    await userEvent.click(body().getByRole('button', { name: 'Create' }));
    await expect(await body().findByRole('button', { name: 'Creating…' })).toBeDisabled();
  },
};

/**
 * AWS: an endpoint service in another region on purpose (the API's awsEndpointService.region): the
 * region comes from the service name, the prerequisites and the CLI command follow, no warning.
 */
export const OtherRegion: Story = {
  play: async () => {
    await fill('orders-west', 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d');
    await userEvent.click(body().getByRole('checkbox', { name: 'The endpoint service is in another region than the cluster' }));
    await expect(body().getByLabelText('Endpoint Service Region')).toHaveValue('us-west-2');
    await expect(body().queryByText(/This endpoint service is in us-west-2/)).toBeNull();
    await expect(body().getByText(/is in us-west-2, which the connection reaches from the cluster’s region \(us-east-1\)/)).toBeVisible();
    await expect(body().getByText(/--aws\.endpoint-service-region us-west-2/)).toBeInTheDocument();
  },
};

/** The same, in Chinese. */
export const OtherRegionChinese: Story = {
  globals: { locale: 'zh-CN' },
  play: async () => {
    await userEvent.type(await body().findByLabelText(/私有链路连接名称|Private Link Connection Name/), '订单 RDS');
    await userEvent.type(body().getByLabelText(/Endpoint Service 名称/), 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d');
    await userEvent.click(body().getByRole('checkbox', { name: 'Endpoint service 与集群不在同一区域' }));
    await expect(body().getByLabelText('Endpoint Service 区域')).toHaveValue('us-west-2');
    await expect(body().getByText(/位于 us-west-2，连接将从集群所在区域（us-east-1）跨区域访问它/)).toBeVisible();
  },
};

/** "Create again with these settings" from a failed connection: its name and endpoint service filled in. */
export const PrefilledFromFailed: Story = {
  args: {
    from: {
      privateLinkConnectionId: 'plc-failed000000000001',
      clusterId: AWS_CLUSTER_ID,
      displayName: 'orders-west',
      type: 'AWS_ENDPOINT_SERVICE',
      awsEndpointService: { name: 'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0', region: 'us-east-1' },
      state: 'FAILED',
    },
  },
  play: async () => {
    await expect(await body().findByLabelText('Private Link Connection Name')).toHaveValue('orders-west');
    // The allow-list commands carry the service ID and the account ID the zones call answers.
    await userEvent.click(await body().findByText('Allow TiDB Cloud’s account from the command line'));
    const cli = await body().findByRole('group', { name: 'AWS CLI' });
    // The account ID comes with the zones call's answer, which may still be on its way.
    await waitFor(() => expect(cli).toHaveTextContent(/--service-id vpce-svc-0123456789abcdef0 --add-allowed-principals arn:aws:iam::\d{12}:root/));
  },
};
