import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { CreateConnectionDialog } from './create-connection-dialog';

const WEST = 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d';
const OPTION = 'The endpoint service is in another region than the cluster';
const creates = () => db.requests.filter((r) => r.endpoint === 'createConnection');

function renderAws() {
  const onSuccess = vi.fn();
  const r = renderWithProviders(
    <CreateConnectionDialog open onOpenChange={vi.fn()} clusterId={AWS_CLUSTER_ID} regionId="us-east-1" type="AWS_ENDPOINT_SERVICE" onSuccess={onSuccess} />,
  );
  return { ...r, onSuccess };
}

describe('Create: endpoint service in another region (AWS)', { timeout: 30_000 }, () => {
  it('sends the region, and the prerequisites and the CLI command follow; the mock does not fail it', async () => {
    const { user, onSuccess } = renderAws();
    await user.type(screen.getByLabelText('Private Link Connection Name'), 'orders-west');
    await user.type(screen.getByLabelText('Endpoint Service Name'), WEST);
    expect(screen.getByText(/This endpoint service is in us-west-2/)).toBeInTheDocument();
    expect(screen.getByText(/is in the same region as your TiDB Cloud cluster \(us-east-1\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: OPTION }));
    expect(screen.getByLabelText('Endpoint Service Region')).toHaveValue('us-west-2');
    expect(screen.queryByText(/This endpoint service is in us-west-2/)).toBeNull();
    expect(screen.getByText(/is in us-west-2, which the connection reaches from the cluster’s region \(us-east-1\)/)).toBeInTheDocument();
    expect(screen.getByText(/--aws\.endpoint-service-region us-west-2$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(JSON.parse(creates()[0]!.body!).privateLinkConnection.awsEndpointService).toEqual({ name: WEST, region: 'us-west-2' });
    // After creating, the connection waits for acceptance instead of failing for the region.
    db.advance(Date.now() + db.timing.creatingMs + 1);
    expect(db.data.connections.find((c) => c.displayName === 'orders-west')?.state).toBe('PENDING_ACCEPTANCE');
  });

  it('without the option, sends no region (the cluster’s), and the mock fails the mismatch as AWS would', async () => {
    const { user, onSuccess } = renderAws();
    await user.type(screen.getByLabelText('Private Link Connection Name'), 'orders-west');
    await user.type(screen.getByLabelText('Endpoint Service Name'), WEST);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(JSON.parse(creates()[0]!.body!).privateLinkConnection.awsEndpointService).toEqual({ name: WEST });
    db.advance(Date.now() + db.timing.creatingMs + 1);
    expect(db.data.connections.find((c) => c.displayName === 'orders-west')?.state).toBe('FAILED');
  });

  it('asks for the region when chosen, and warns (never refuses) when it differs from the name’s', async () => {
    const { user } = renderAws();
    await user.type(screen.getByLabelText('Private Link Connection Name'), 'orders-west');
    await user.click(screen.getByRole('checkbox', { name: OPTION }));
    const region = screen.getByLabelText('Endpoint Service Region');
    expect(region).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Enter the region the endpoint service is in.')).toBeInTheDocument();
    expect(region).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Endpoint Service Name'), WEST);
    expect(region).toHaveValue('us-west-2'); // filled in from the name once it has one
    await user.clear(region);
    await user.type(region, 'us-west-1');
    expect(screen.getByText('The endpoint service name says us-west-2, not us-west-1. Check that both are right.')).toBeInTheDocument();
    expect(creates()).toHaveLength(0);
  });

  it('is not offered on Alibaba Cloud (its API has no such field)', () => {
    renderWithProviders(
      <CreateConnectionDialog open onOpenChange={vi.fn()} clusterId={ALICLOUD_CLUSTER_ID} regionId="ap-southeast-1" type="ALICLOUD_ENDPOINT_SERVICE" onSuccess={vi.fn()} />,
    );
    expect(screen.queryByRole('checkbox', { name: OPTION })).toBeNull();
  });
});
