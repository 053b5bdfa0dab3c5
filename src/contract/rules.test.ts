import { describe, expect, it } from 'vitest';
import { createFormSchema } from '../create/create-form-schema';
import { confluentUniqueNameProblem, displayNameProblem, endpointServiceNameProblem, endpointServiceRegion } from './rules';

describe('display name', () => {
  it.each(['orders-rds', 'Kafka events 2', 'a', 'x'.repeat(64), 'db_1.prod'])('accepts %j', (v) => {
    expect(displayNameProblem(v)).toBeUndefined();
  });
  it.each(['', ' lead', 'trail ', 'x'.repeat(65), '<img src=x onerror=alert(1)>', 'naïve', 'tab\there', '-dash', 'a/b'])(
    'rejects %j',
    (v) => {
      expect(displayNameProblem(v)).toBeDefined();
    },
  );
});

describe('endpoint service name', () => {
  it('accepts the AWS format and reads its region', () => {
    const name = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
    expect(endpointServiceNameProblem('AWS_ENDPOINT_SERVICE', name)).toBeUndefined();
    expect(endpointServiceRegion('AWS_ENDPOINT_SERVICE', name)).toBe('us-east-1');
    expect(endpointServiceRegion('AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.us-gov-west-1.vpce-svc-0123456789abcdef0')).toBe('us-gov-west-1');
  });
  it('accepts the Alibaba Cloud format and reads its region', () => {
    const name = 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0123456789abcdef';
    expect(endpointServiceNameProblem('ALICLOUD_ENDPOINT_SERVICE', name)).toBeUndefined();
    expect(endpointServiceRegion('ALICLOUD_ENDPOINT_SERVICE', name)).toBe('ap-southeast-1');
    expect(endpointServiceRegion('ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1abcdefghijklmnopq')).toBe('cn-hangzhou');
  });
  it.each([
    ['AWS_ENDPOINT_SERVICE', ''],
    ['AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef'], // 16 hex
    ['AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdefg'], // not hex
    ['AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.useast1.vpce-svc-0123456789abcdef0'],
    ['AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.us-east-1.epsrv-0123456789abcdef0'],
    ['AWS_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0123456789abcdef'], // other provider
    ['AWS_ENDPOINT_SERVICE', ' com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0'],
    ['ALICLOUD_ENDPOINT_SERVICE', 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0'], // other provider
    ['ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-short'],
    ['ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.ap-southeast-1.vpce-svc-t4n0123456789abcdef'],
  ] as const)('rejects %s %j', (type, name) => {
    expect(endpointServiceNameProblem(type, name)).toBeDefined();
  });
});

describe('Confluent unique name', () => {
  it('accepts <network-id>.<region> in the cluster region only', () => {
    expect(confluentUniqueNameProblem('domnprzqrog.us-east-1', 'us-east-1')).toBeUndefined();
    expect(confluentUniqueNameProblem('domnprzqrog.us-west-2', 'us-east-1')).toEqual({ key: 'problem.confluent.region', params: { clusterRegion: 'us-east-1', region: 'us-west-2' } });
    expect(confluentUniqueNameProblem('domnprzqrog', 'us-east-1')).toBeDefined();
    expect(confluentUniqueNameProblem('', 'us-east-1')).toBeDefined();
  });
});

describe('create form schema', () => {
  it('trims, then validates both fields', () => {
    const schema = createFormSchema('AWS_ENDPOINT_SERVICE');
    expect(
      schema.parse({ displayName: '  orders  ', endpointServiceName: ' com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0 ' }),
    ).toEqual({ displayName: 'orders', endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0' });
    const bad = schema.safeParse({ displayName: '   ', endpointServiceName: 'nope' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(['displayName', 'endpointServiceName']);
  });
});
