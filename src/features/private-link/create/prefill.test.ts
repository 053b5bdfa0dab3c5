import { describe, expect, it } from 'vitest';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { prefillFrom } from './prefill';

const failed = (service: object, type = 'AWS_ENDPOINT_SERVICE'): PrivateLinkConnection => ({
  privateLinkConnectionId: 'plc-1',
  clusterId: 'c',
  displayName: 'orders-west',
  type,
  ...(type === 'AWS_ENDPOINT_SERVICE' ? { awsEndpointService: service } : { alicloudEndpointService: service }),
  state: 'FAILED',
} as PrivateLinkConnection);

describe('Create again with these settings', () => {
  it('takes the same name and endpoint service; the cluster’s region needs no other-region choice', () => {
    expect(prefillFrom(failed({ name: 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d', region: 'us-east-1' }), 'AWS_ENDPOINT_SERVICE', 'us-east-1')).toEqual({
      displayName: 'orders-west',
      endpointServiceName: 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d',
      otherRegion: false,
      serviceRegion: '',
    });
  });
  it('keeps the other region it was created with (AWS)', () => {
    expect(prefillFrom(failed({ name: 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d', region: 'us-west-2' }), 'AWS_ENDPOINT_SERVICE', 'us-east-1')).toMatchObject({
      otherRegion: true,
      serviceRegion: 'us-west-2',
    });
  });
  it('Alibaba Cloud: name and service only (no region field)', () => {
    const name = 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n2pz8jbx6hd5x7c9qf';
    expect(prefillFrom(failed({ name }, 'ALICLOUD_ENDPOINT_SERVICE'), 'ALICLOUD_ENDPOINT_SERVICE', 'ap-southeast-1')).toEqual({
      displayName: 'orders-west',
      endpointServiceName: name,
      otherRegion: false,
      serviceRegion: '',
    });
  });
});
