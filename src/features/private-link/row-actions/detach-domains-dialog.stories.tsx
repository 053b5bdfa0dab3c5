import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { mockApi, withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID, seedConnections } from '@mocks/seed';
import { DetachDomainsDialog } from './detach-domains-dialog';

const meta = {
  title: 'Private link/Detach Domains dialog',
  component: DetachDomainsDialog,
  args: { open: true, onOpenChange: () => {}, clusterId: AWS_CLUSTER_ID, connection: seedConnections[0]! },
} satisfies Meta<typeof DetachDomainsDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const confirmAndSubmit = async () => {
  await userEvent.click(await body().findByRole('checkbox'));
  await userEvent.click(body().getByRole('button', { name: 'Detach Domains' }));
};

export const Shown: Story = {};

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('*/v1beta1/clusters/:id/privateLinkConnections/:plc', () => delay('infinite')), ...mockApi()] } },
};

export const NothingAttached: Story = { parameters: { msw: { handlers: mockApi((db) => (db.data.attachDomains = [])) } } };

export const Confirmed: Story = { play: async () => userEvent.click(await body().findByRole('checkbox')) };

export const ServerError: Story = {
  parameters: { msw: { handlers: withFault('detachDomains', { kind: 'http', status: 500 }) } },
  play: async () => {
    await confirmAndSubmit();
    await expect(await body().findByRole('alert')).toBeInTheDocument();
  },
};

export const Pending: Story = {
  parameters: { msw: { handlers: withFault('detachDomains', { kind: 'hang' }) } },
  play: async () => {
    await confirmAndSubmit();
    await expect(await body().findByRole('button', { name: 'Detaching…' })).toBeDisabled();
  },
};
