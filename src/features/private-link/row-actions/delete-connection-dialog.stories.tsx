import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withFault } from '@mocks/storybook';
import { AWS_CLUSTER_ID, seedConnections } from '@mocks/seed';
import { DeleteConnectionDialog } from './delete-connection-dialog';

const meta = {
  title: 'Private link/Delete dialog',
  component: DeleteConnectionDialog,
  args: { open: true, onOpenChange: () => {}, clusterId: AWS_CLUSTER_ID, connection: seedConnections[1]! },
} satisfies Meta<typeof DeleteConnectionDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const confirmAndSubmit = async () => {
  await userEvent.type(await body().findByLabelText(/to confirm/), 'kafka-events');
  await userEvent.click(body().getByRole('button', { name: 'Delete' }));
};

export const Empty: Story = {};

export const NameTyped: Story = { play: async () => userEvent.type(await body().findByLabelText(/to confirm/), 'kafka-events') };

export const ServerError: Story = {
  parameters: { msw: { handlers: withFault('deleteConnection', { kind: 'http', status: 409, message: 'the private link connection is in use by changefeed cf-orders' }) } },
  play: async () => {
    await confirmAndSubmit();
    await expect(await body().findByRole('alert')).toBeInTheDocument();
  },
};

export const DeletedElsewhere: Story = {
  parameters: { msw: { handlers: withFault('deleteConnection', { kind: 'http', status: 404 }) } },
  play: async () => {
    await confirmAndSubmit();
    await expect(await body().findByRole('alert')).toBeInTheDocument();
  },
};

export const Pending: Story = {
  parameters: { msw: { handlers: withFault('deleteConnection', { kind: 'hang' }) } },
  play: async () => {
    await confirmAndSubmit();
    await expect(await body().findByRole('button', { name: 'Deleting…' })).toBeDisabled();
  },
};
