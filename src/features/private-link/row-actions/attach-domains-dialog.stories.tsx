import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { mockApi, withFault } from '@mocks/storybook';
import { ALICLOUD_CLUSTER_ID, alicloudActiveConnection, AWS_CLUSTER_ID, seedAttachDomains, seedClusters, seedConnections } from '@mocks/seed';
import { cloudRegionCode } from '@/contract/clusters';
import { CONNECTION_TYPES, type ConnectionType, type PrivateLinkConnection } from '@/contract/private-link';
import { PROVIDERS } from '@/contract/providers';
import { DOMAIN_KINDS } from '@/contract/providers/domains';
import { AttachDomainsDialog, type AttachDomainsDialogProps } from './attach-domains-dialog';

const meta = {
  title: 'Private link/Attach Domains dialog',
  component: AttachDomainsDialog,
  args: { open: true, onOpenChange: () => {}, clusterId: AWS_CLUSTER_ID, regionId: 'us-east-1', connection: seedConnections[0]! },
} satisfies Meta<typeof AttachDomainsDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const attachUrl = '*/v1beta1/clusters/:id/privateLinkConnections/:plc\\:attachDomains';

export const PreviewShown: Story = {};

export const PreviewLoading: Story = {
  parameters: { msw: { handlers: [http.post(attachUrl, () => delay('infinite')), ...mockApi()] } },
};

export const PreviewError: Story = { parameters: { msw: { handlers: withFault('attachDomains', { kind: 'http', status: 503 }) } } };

export const ConfluentEmpty: Story = {
  play: async () => userEvent.click(await body().findByRole('radio', { name: /Confluent Cloud/ })),
};

export const ConfluentValidationError: Story = {
  play: async () => {
    await userEvent.click(await body().findByRole('radio', { name: /Confluent Cloud/ }));
    await userEvent.type(body().getByLabelText('Unique Name'), 'domnprzqrog.eu-west-1');
    await userEvent.click(body().getByRole('button', { name: 'Attach Domains' }));
    await expect(body().getByLabelText('Unique Name')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** The dry run proposes the set already attached: said, and Attach Domains stays enabled. */
export const ManagedAlreadyAttached: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post(attachUrl, async ({ request }) => {
          if (!((await request.clone().json()) as { validateOnly?: boolean }).validateOnly) return undefined;
          const same = seedAttachDomains[0]!;
          return HttpResponse.json({ type: same.type, uniqueName: same.uniqueName, domains: same.domains });
        }),
        ...mockApi(),
      ],
    },
  },
  play: async () => {
    await expect(await body().findByText(/already attached to this connection: attaching them again/)).toBeInTheDocument();
    await expect(body().getByRole('button', { name: 'Attach Domains' })).toBeEnabled();
  },
};

/** A Confluent unique name already attached: said on its field while typing, not refused. */
export const ConfluentAlreadyAttached: Story = {
  parameters: {
    msw: {
      handlers: mockApi((db) => {
        db.data.attachDomains.push({ ...seedAttachDomains[0]!, attachDomainId: 'ad-confluent-1', type: 'CONFLUENT', uniqueName: 'domnprzqrog.us-east-1', domains: [] });
      }),
    },
  },
  play: async () => {
    await expect(await body().findByText('domnprzqrog.us-east-1')).toBeInTheDocument();
    await userEvent.click(body().getByRole('radio', { name: /Confluent Cloud/ }));
    await userEvent.type(body().getByLabelText('Unique Name'), 'domnprzqrog.us-east-1');
    await expect(body().getByLabelText('Unique Name')).toHaveAccessibleDescription(expect.stringContaining('already attached'));
  },
};

/** Only the real attach fails (the dry run goes through). */
const failAttach = (status: number, message: string) => [
  http.post(attachUrl, async ({ request }) => {
    const body = (await request.clone().json()) as { validateOnly?: boolean };
    if (!body.validateOnly) return HttpResponse.json({ code: 7, message, details: [] }, { status });
  }),
  ...mockApi(),
];

export const ServerError: Story = {
  parameters: { msw: { handlers: failAttach(403, 'permission denied: the API key does not have the Project Owner role') } },
  play: async () => {
    await userEvent.click(await body().findByRole('radio', { name: /Confluent Cloud/ }));
    await userEvent.type(body().getByLabelText('Unique Name'), 'domnprzqrog.us-east-1');
    await userEvent.click(body().getByRole('button', { name: 'Attach Domains' }));
    await expect(await body().findByRole('alert')).toBeInTheDocument();
  },
};

export const Pending: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post(attachUrl, async ({ request }) => {
          const body = (await request.clone().json()) as { validateOnly?: boolean };
          if (!body.validateOnly) await delay('infinite');
        }),
        ...mockApi(),
      ],
    },
  },
  play: async () => {
    await body().findByRole('list', { name: 'Domains to attach' });
    await userEvent.click(body().getByRole('button', { name: 'Attach Domains' }));
    await expect(await body().findByRole('button', { name: 'Attaching…' })).toBeDisabled();
  },
};

export const AlibabaCloud: Story = {
  args: {
    clusterId: ALICLOUD_CLUSTER_ID,
    regionId: 'ap-southeast-1',
    connection: alicloudActiveConnection(),
  },
  parameters: {
    msw: {
      handlers: mockApi((db) =>
        db.data.connections.push(alicloudActiveConnection()),
      ),
    },
  },
};

/** An Active connection of `type` on the seeded cluster of its cloud, its endpoint service named by the registry. */
function activeConnectionOf(type: ConnectionType): PrivateLinkConnection | undefined {
  const p = PROVIDERS[type];
  const cluster = seedClusters.find((c) => c.region.cloudProvider === p.cloud);
  if (!cluster) return undefined;
  const serviceId = `${p.serviceName.id.prefix}${'0'.repeat(p.serviceName.id.length)}`;
  return {
    privateLinkConnectionId: `plc-bytype-${type.toLowerCase()}`,
    clusterId: cluster.clusterId,
    displayName: `by-type-${p.cloud}`,
    type,
    [p.serviceField]: { name: p.serviceName.of(cloudRegionCode(cluster.region), serviceId) },
    state: 'ACTIVE',
    createTime: '2026-11-20T00:00:00Z',
  };
}

type ByTypeArgs = Omit<AttachDomainsDialogProps, 'clusterId' | 'regionId' | 'connection'> & { type: ConnectionType };

function AttachByType({ type, ...args }: ByTypeArgs) {
  const connection = activeConnectionOf(type);
  const cluster = seedClusters.find((c) => c.clusterId === connection?.clusterId);
  if (!connection || !cluster) return <p>No seeded cluster on {PROVIDERS[type].cloud}</p>;
  return <AttachDomainsDialog {...args} clusterId={cluster.clusterId} regionId={cloudRegionCode(cluster.region)} connection={connection} />;
}

/**
 * Any type of the provider registry (the `type` control lists them all): an Active connection of
 * it on the seeded cluster of its cloud, with the domain types it offers (a generated one previews
 * its domains, an entered one asks for its unique name). A provider added to the registry is
 * previewed here without a story of its own.
 */
export const ByType = {
  args: { type: CONNECTION_TYPES[0] },
  argTypes: { type: { control: 'select', options: CONNECTION_TYPES } },
  parameters: {
    msw: { handlers: mockApi((db) => db.data.connections.push(...CONNECTION_TYPES.flatMap((type) => activeConnectionOf(type) ?? []))) },
  },
  render: (args: ByTypeArgs) => <AttachByType {...args} />,
  play: async ({ args }: { args: ByTypeArgs }) => {
    const offers = PROVIDERS[args.type].domains;
    await expect(await body().findAllByRole('radio')).toHaveLength(offers.length);
    // the first type offered is chosen: a generated one shows its dry run's domains, an entered one its field
    if (DOMAIN_KINDS[offers[0]!.type].uniqueName === 'generated') await body().findByRole('list', { name: 'Domains to attach' });
    else await expect(body().getByLabelText('Unique Name')).toBeInTheDocument();
  },
};
