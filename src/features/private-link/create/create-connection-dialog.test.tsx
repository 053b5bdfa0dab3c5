import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { CreateConnectionDialog } from './create-connection-dialog';

const AWS_SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

function renderAws(onSuccess = vi.fn(), onOpenChange = vi.fn()) {
  const r = renderWithProviders(
    <CreateConnectionDialog
      open
      onOpenChange={onOpenChange}
      clusterId={AWS_CLUSTER_ID}
      regionId="us-east-1"
      type="AWS_ENDPOINT_SERVICE"
      onSuccess={onSuccess}
    />,
  );
  return { ...r, onSuccess, onOpenChange };
}

const creates = () => db.requests.filter((r) => r.endpoint === 'createConnection');

describe('CreateConnectionDialog', () => {
  it('offers only the cluster cloud type and shows the account ID and zones from the zones call', async () => {
    renderAws();
    expect(screen.getByRole('dialog', { name: 'Create Private Link Connection' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'AWS Endpoint Service' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: 'Alibaba Cloud Endpoint Service' })).not.toBeInTheDocument();
    expect(await screen.findByText('380838443567')).toBeInTheDocument();
    expect(screen.getByText('use1-az1, use1-az2, use1-az4')).toBeInTheDocument();
    expect(screen.getByText('Allow principals')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy TiDB Cloud account ID' })).toBeInTheDocument();
  });

  it('uses the Alibaba Cloud type, format and Service Whitelist on an Alibaba Cloud cluster', async () => {
    renderWithProviders(
      <CreateConnectionDialog
        open
        onOpenChange={vi.fn()}
        clusterId={ALICLOUD_CLUSTER_ID}
        regionId="ap-southeast-1"
        type="ALICLOUD_ENDPOINT_SERVICE"
        onSuccess={vi.fn()}
      />,
    );
    expect(screen.getByRole('radio', { name: 'Alibaba Cloud Endpoint Service' })).toBeChecked();
    expect(screen.getByLabelText('Endpoint Service Name')).toHaveAttribute(
      'placeholder',
      'com.aliyuncs.privatelink.<region>.epsrv-xxxxxxxxxxxxxxxxx',
    );
    expect(screen.getByText('Service Whitelist')).toBeInTheDocument();
    expect(await screen.findByText('ap-southeast-1a, ap-southeast-1b, ap-southeast-1c')).toBeInTheDocument();
  });

  it('marks invalid fields and sends nothing', async () => {
    const { user } = renderAws();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const name = screen.getByLabelText('Private Link Connection Name');
    const service = screen.getByLabelText('Endpoint Service Name');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Enter a name.');
    expect(service).toHaveAttribute('aria-invalid', 'true');
    expect(service).toHaveAccessibleDescription(expect.stringContaining('Enter the endpoint service name.'));
    await user.type(service, 'com.amazonaws.vpce.us-east-1.svc-1');
    await user.tab();
    expect(service).toHaveAccessibleDescription(expect.stringContaining('17 hexadecimal characters'));
    expect(creates()).toHaveLength(0);
  });

  it('warns when the endpoint service is in another region', async () => {
    const { user } = renderAws();
    await user.type(
      screen.getByLabelText('Endpoint Service Name'),
      'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0',
    );
    expect(
      screen.getByText(/This endpoint service is in us-west-2, but the cluster is in us-east-1/),
    ).toBeInTheDocument();
  });

  it('creates, then closes and reports the created connection', async () => {
    const { user, onSuccess, onOpenChange } = renderAws();
    await user.type(screen.getByLabelText('Private Link Connection Name'), '  analytics  ');
    await user.type(screen.getByLabelText('Endpoint Service Name'), AWS_SERVICE);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ displayName: 'analytics', state: 'CREATING' });
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(JSON.parse(creates()[0]!.body!)).toEqual({
      privateLinkConnection: {
        clusterId: AWS_CLUSTER_ID,
        displayName: 'analytics',
        type: 'AWS_ENDPOINT_SERVICE',
        awsEndpointService: { name: AWS_SERVICE },
      },
    });
  });

  it('says while typing that a name longer than 64 characters may be refused, and still sends it', async () => {
    const { user, onSuccess } = renderAws();
    const name = screen.getByLabelText('Private Link Connection Name');
    const long = 'x'.repeat(65);
    await user.click(name);
    await user.paste(long.slice(0, 64));
    expect(name).not.toHaveAccessibleDescription(expect.stringContaining('may refuse'));
    await user.type(name, 'x');
    expect(name).toHaveAccessibleDescription('Longer than 64 characters: TiDB Cloud may refuse it.');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Endpoint Service Name'), AWS_SERVICE);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(JSON.parse(creates()[0]!.body!).privateLinkConnection.displayName).toBe(long);
  });

  it('sends one request on a double click', async () => {
    db.timing.latencyMs = 50;
    const { user, onSuccess } = renderAws();
    await user.type(screen.getByLabelText('Private Link Connection Name'), 'once');
    await user.type(screen.getByLabelText('Endpoint Service Name'), `${AWS_SERVICE}{Enter}{Enter}`);
    await user.dblClick(screen.getByRole('button', { name: /Create|Creating/ }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(creates()).toHaveLength(1);
  });

  it('shows the server rejection in the dialog, marks the field and keeps what was typed', async () => {
    db.uniqueDisplayNames = true; // the mock's scenario: a name already taken is refused (the spec promises no such rule)
    const { user, onOpenChange } = renderAws();
    await user.type(screen.getByLabelText('Private Link Connection Name'), 'orders-rds');
    await user.type(screen.getByLabelText('Endpoint Service Name'), AWS_SERVICE);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The private link connection was not created.');
    expect(alert).toHaveTextContent('already exists');
    expect(screen.getByLabelText('Private Link Connection Name')).toHaveValue('orders-rds');
    expect(screen.getByLabelText('Endpoint Service Name')).toHaveValue(AWS_SERVICE);
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('maps server field violations onto the fields when the client check is bypassed', async () => {
    db.setFault('createConnection', {
      kind: 'http',
      status: 400,
      times: 1,
      fieldViolations: [
        {
          field: 'privateLinkConnection.awsEndpointService.name',
          description: 'endpoint service not found in your account',
        },
      ],
    });
    const { user } = renderAws();
    await user.type(screen.getByLabelText('Private Link Connection Name'), 'x1');
    await user.type(screen.getByLabelText('Endpoint Service Name'), AWS_SERVICE);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Endpoint Service Name')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByLabelText('Endpoint Service Name')).toHaveAccessibleDescription(
      expect.stringContaining('endpoint service not found'),
    );
  });

  it('can be retried after a server error', async () => {
    db.setFault('createConnection', { kind: 'http', status: 500, times: 1 });
    const { user, onSuccess } = renderAws();
    await user.type(screen.getByLabelText('Private Link Connection Name'), 'retry-me');
    await user.type(screen.getByLabelText('Endpoint Service Name'), AWS_SERVICE);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    // A 500 may come after the work: the list was read again and has no such connection.
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('server error 500');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(creates()).toHaveLength(2);
  });

  it('shows the equivalent ticloud command with the values typed, quoted', async () => {
    const { user } = renderAws();
    await user.type(screen.getByLabelText('Private Link Connection Name'), "Bob's DB");
    await user.type(screen.getByLabelText('Endpoint Service Name'), AWS_SERVICE);
    await user.click(screen.getByText('TiDB Cloud CLI command'));
    expect(screen.getByText(/private-link-connection create/)).toHaveTextContent(
      `ticloud serverless private-link-connection create -c ${AWS_CLUSTER_ID} --display-name 'Bob'\\''s DB' --type AWS_ENDPOINT_SERVICE --aws.endpoint-service-name ${AWS_SERVICE}`,
    );
    expect(await screen.findByText(`ticloud serverless private-link-connection zones --cluster-id ${AWS_CLUSTER_ID}`)).toBeInTheDocument();
  });
});
