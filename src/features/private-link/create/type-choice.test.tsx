import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { renderWithProviders } from '@/test/render';
import { providersForCloud } from '@/contract/providers';
import type { ConnectionType } from '@/contract/private-link';
import { CreateConnectionDialog } from './create-connection-dialog';

/**
 * A cloud that offers two types, as a registry with more providers may: here AWS offers Alibaba
 * Cloud's type too (the dialog's `types`, only in this file). The form offers both and sends the
 * chosen one, with its own field and its own rules.
 */
const ALI = 'com.aliyuncs.privatelink.us-east-1.epsrv-t4n2w6p4hd8dk0zm1iql';
const creates = () => db.requests.filter((r) => r.endpoint === 'createConnection');
const renderAws = (types?: ConnectionType[]) =>
  renderWithProviders(
    <CreateConnectionDialog open onOpenChange={vi.fn()} clusterId={AWS_CLUSTER_ID} regionId="us-east-1" type="AWS_ENDPOINT_SERVICE" types={types} onSuccess={vi.fn()} />,
  );

describe('Create: the connection type', { timeout: 30_000 }, () => {
  it('offers by default the registry’s types of the cloud, the first one chosen', () => {
    renderAws();
    expect(screen.getAllByRole('radio')).toHaveLength(providersForCloud('aws').length);
    expect(screen.getByRole('radio', { name: 'AWS Endpoint Service' })).toBeChecked();
  });

  it('can be chosen when the cloud offers several: the service name, its rules, the other-region option and the request follow the type', async () => {
    const { user } = renderAws(['AWS_ENDPOINT_SERVICE', 'ALICLOUD_ENDPOINT_SERVICE']);
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'AWS Endpoint Service' })).toBeChecked();
    await user.type(screen.getByLabelText('Private Link Connection Name'), 'two-types');
    await user.type(screen.getByLabelText('Endpoint Service Name'), ALI);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    // the AWS rule refuses an Alibaba Cloud name
    await waitFor(() => expect(screen.getByLabelText('Endpoint Service Name')).toHaveAttribute('aria-invalid', 'true'));
    expect(creates()).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'Alibaba Cloud Endpoint Service' }));
    expect(screen.getByRole('radio', { name: 'Alibaba Cloud Endpoint Service' })).toBeChecked();
    expect(screen.getByLabelText('Endpoint Service Name')).toHaveAttribute('placeholder', 'com.aliyuncs.privatelink.<region>.epsrv-xxxxxxxxxxxxxxxxx');
    expect(screen.getByLabelText('Endpoint Service Name')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('checkbox', { name: 'The endpoint service is in another region than the cluster' })).toBeNull();
    expect(screen.getByText(/--type ALICLOUD_ENDPOINT_SERVICE --alicloud\.endpoint-service-name/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(creates()).toHaveLength(1));
    const sent = JSON.parse(creates()[0]!.body!).privateLinkConnection;
    expect(sent).toMatchObject({ type: 'ALICLOUD_ENDPOINT_SERVICE', alicloudEndpointService: { name: ALI } });
    expect(sent.awsEndpointService).toBeUndefined();
  });
});
