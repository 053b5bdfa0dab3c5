import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { mockApi, withFault } from '@mocks/storybook';
import { ALICLOUD_CLUSTER_ID, alicloudActiveConnection, AWS_CLUSTER_ID, seedConnections } from '@mocks/seed';
import { AttachDomainsDialog } from './attach-domains-dialog';

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
