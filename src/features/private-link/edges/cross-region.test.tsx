import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { CreateConnectionDialog } from '../create/create-connection-dialog';

const EU = 'com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0';
const TEXT = {
  en: {
    service: 'Endpoint Service Name',
    option: 'The endpoint service is in another region than the cluster',
    region: 'Endpoint Service Region',
    mismatch: 'The endpoint service name says eu-west-1, not us-west-2. Check that both are right.',
    overlap: /overlap with the cluster/,
    cross: /lists the cluster’s region \(us-east-1\) under Supported Regions/,
  },
  'zh-CN': {
    service: 'Endpoint Service 名称',
    option: 'Endpoint service 与集群不在同一区域',
    region: 'Endpoint Service 区域',
    mismatch: 'Endpoint service 名称中的区域是 eu-west-1，而不是 us-west-2。请确认两者都正确。',
    overlap: /拥有与集群重叠的可用区/,
    cross: /已将集群所在区域（us-east-1）加入 Supported Regions/,
  },
} as const;

describe('cross-region Create (issue 26, item 4)', () => {
  it.each(['en', 'zh-CN'] as const)('warns when the region typed contradicts the name, and lists what applies across regions (%s)', async (lang) => {
    const t = TEXT[lang];
    const { user } = renderWithProviders(
      <CreateConnectionDialog open onOpenChange={vi.fn()} clusterId={AWS_CLUSTER_ID} regionId="us-east-1" type="AWS_ENDPOINT_SERVICE" onSuccess={vi.fn()} />,
      { lang },
    );
    const prereq = screen.getByRole('region', { name: /./ });
    expect(within(prereq).getByText(t.overlap)).toBeInTheDocument(); // same region: the zones must overlap
    await user.type(screen.getByLabelText(t.service), EU);
    await user.click(screen.getByRole('checkbox', { name: t.option }));
    const region = screen.getByLabelText(t.region);
    expect(region).toHaveValue('eu-west-1');
    await user.clear(region);
    await user.type(region, 'us-west-2');
    expect(screen.getByText(t.mismatch)).toBeInTheDocument();
    // A service in another region cannot share the cluster's zones: AWS's cross-Region terms instead.
    expect(within(prereq).queryByText(t.overlap)).not.toBeInTheDocument();
    expect(within(prereq).getByText(t.cross)).toBeInTheDocument();
  });
});
