import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedConnections, SEED_PENDING_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { RowCallout } from './row-callout';

const pendingAws = seedConnections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)!;
const pendingAli: PrivateLinkConnection = {
  privateLinkConnectionId: 'plc-ali',
  clusterId: '1',
  displayName: 'rds-finance',
  type: 'ALICLOUD_ENDPOINT_SERVICE',
  alicloudEndpointService: { name: 'com.aliyuncs.privatelink.cn-shanghai-finance-1.epsrv-uf6dmd4otbl4fbxq3tpg', endpointId: 'ep-uf6a1b2c3d4e5f6g7h8i' },
  state: 'PENDING_ACCEPTANCE',
};

describe('pending-acceptance guidance', () => {
  it('links to the AWS endpoint service in its region and shows the endpoint ID to accept', () => {
    renderWithProviders(<RowCallout clusterId="1379661944646413143" connection={pendingAws} />);
    const link = screen.getByRole('link', { name: /AWS console.*opens in a new tab/ });
    expect(link).toHaveAttribute(
      'href',
      'https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#EndpointServiceDetails:endpointServiceId=vpce-svc-07f6e5d4c3b2a1908',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('vpce-08a7b6c5d4e3f2019')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy Endpoint ID' })).toBeInTheDocument();
  });

  it('links to Alibaba Cloud’s international PrivateLink console in the service’s region, in Chinese too', () => {
    renderWithProviders(<RowCallout clusterId="1379661944646413143" connection={pendingAli} />, { lang: 'zh-CN' });
    const link = screen.getByRole('link', { name: /阿里云控制台.*在新标签页中打开/ });
    expect(link).toHaveAttribute(
      'href',
      'https://vpc.console.alibabacloud.com/endpointservice/cn-shanghai-finance-1/endpointservices/epsrv-uf6dmd4otbl4fbxq3tpg',
    );
    const callout = link.closest('p')!;
    expect(within(callout).getByText('ep-uf6a1b2c3d4e5f6g7h8i')).toBeInTheDocument();
    expect(callout).toHaveTextContent('TiDB Cloud 请求的 Endpoint ID：');
  });

  it('shows no endpoint ID before the provider gave one', () => {
    renderWithProviders(<RowCallout clusterId="1379661944646413143" connection={{ ...pendingAws, awsEndpointService: { name: pendingAws.awsEndpointService!.name } }} />);
    expect(screen.queryByText(/Endpoint ID/)).toBeNull();
    expect(screen.getByRole('link')).toHaveAttribute('href', expect.stringContaining('endpointServiceId=vpce-svc-07f6e5d4c3b2a1908'));
  });
});
