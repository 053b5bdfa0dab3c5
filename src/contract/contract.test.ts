import { describe, expect, it } from 'vitest';
import { changefeedSchema, privateLinkRouteOf } from './changefeeds';
import { cloudRegionCode, clusterSchema } from './clusters';
import { privateLinkConnectionSchema } from './private-link';

describe('the contract accepts what a newer API adds', () => {
  it('unknown fields and enum values parse, the values kept as sent', () => {
    const c = privateLinkConnectionSchema.parse({
      clusterId: '1',
      displayName: 'x',
      type: 'GCP_PRIVATE_SERVICE_CONNECT',
      state: 'SUSPENDED',
      labels: { a: 'b' },
      gcpEndpointService: { name: 'projects/p/regions/r/serviceAttachments/s' },
    });
    expect(c).toMatchObject({ type: 'GCP_PRIVATE_SERVICE_CONNECT', state: 'SUSPENDED' });
    expect(clusterSchema.parse({ clusterId: '1', displayName: 'c', region: { regionId: 'oci-x', cloudProvider: 'oci' }, servicePlan: 'Premium' }).region.cloudProvider).toBe('oci');
    const feed = changefeedSchema.parse({ changefeedId: 'c', clusterId: '1', state: 'ARCHIVED', sink: { type: 'ICEBERG', iceberg: {} } });
    expect(feed).toMatchObject({ state: 'ARCHIVED', sink: { type: 'ICEBERG' } });
    expect(privateLinkRouteOf(feed)).toBeUndefined();
  });

  it('known enum values are typed, a wrong type still fails', () => {
    expect(privateLinkConnectionSchema.safeParse({ clusterId: '1', displayName: 'x', type: 42 }).success).toBe(false);
  });
});

describe('cloudRegionCode: the cloud’s own region code of a cluster', () => {
  it.each([
    [{ regionId: 'aws-us-east-1', cloudProvider: 'aws' }, 'us-east-1'],
    [{ regionId: 'alicloud-ap-southeast-1', cloudProvider: 'alicloud' }, 'ap-southeast-1'],
    [{ regionId: 'aws-us-gov-west-1', cloudProvider: 'aws' }, 'us-gov-west-1'],
    [{ regionId: 'alicloud-cn-shanghai-finance-1', cloudProvider: 'alicloud' }, 'cn-shanghai-finance-1'],
    [{ regionId: 'us-east-1', cloudProvider: 'aws' }, 'us-east-1'], // an older shape: a bare code
    [{ regionId: 'ap-southeast-1', cloudProvider: 'alicloud' }, 'ap-southeast-1'],
    [{ regionId: '', name: 'regions/aws-eu-central-1', cloudProvider: 'aws' }, 'eu-central-1'],
    [{ regionId: 'gcp-us-central1', cloudProvider: 'gcp' }, 'us-central1'],
  ])('%o → %s', (region, code) => {
    expect(cloudRegionCode(region)).toBe(code);
  });
});
