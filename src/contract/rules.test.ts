import { describe, expect, it } from 'vitest';
import { REAL_DISPLAY_NAMES } from '@/test/arbitraries';
import { endpointServiceNameProblem, endpointServiceRegion } from './providers';
import { uniqueNameProblem } from './providers/unique-name';
import { displayNameProblem, displayNameWarning } from './rules';

describe('display name', () => {
  it.each([...REAL_DISPLAY_NAMES, 'a', 'db_1.prod', '<img src=x onerror=alert(1)>', '  padded  '])('accepts %j', (v) => {
    expect(displayNameProblem(v)).toBeUndefined();
  });
  it.each(['', '   '])('rejects %j', (v) => {
    expect(displayNameProblem(v)).toBeDefined();
  });
  // The spec sets no limit: what TiDB Cloud may refuse is said, and sent if the user wants.
  it.each(['x'.repeat(65), '数'.repeat(65), 'tab\there', 'bell\u0007', 'line\nbreak'])('accepts %j with a warning', (v) => {
    expect(displayNameProblem(v)).toBeUndefined();
    expect(displayNameWarning(v)).toBeDefined();
  });
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
    // Alibaba Cloud documents no length for the ID.
    expect(endpointServiceNameProblem('ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-short')).toBeUndefined();
  });
  it.each([
    ['AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d', 'us-east-1'], // older services: 8 hex
    ['AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.cn-north-1.vpce-svc-0123456789abcdef0', 'cn-north-1'],
    ['AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.us-gov-east-1.vpce-svc-0123456789abcdef0', 'us-gov-east-1'],
    ['AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.eu-isoe-west-1.vpce-svc-0123456789abcdef0', 'eu-isoe-west-1'],
    ['AWS_ENDPOINT_SERVICE', 'com.amazonaws.vpce.ap-southeast-5.vpce-svc-0123456789abcdef0', 'ap-southeast-5'],
    ['ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.cn-shanghai-finance-1.epsrv-uf6abcdefghijklmnopq', 'cn-shanghai-finance-1'],
    ['ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.cn-hangzhou-finance.epsrv-bp1abcdefghijklmnopq', 'cn-hangzhou-finance'],
    ['ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.cn-hongkong.epsrv-j6cabcdefghijklmnopq', 'cn-hongkong'],
  ] as const)('accepts the real-world %s name %j', (type, name, region) => {
    expect(endpointServiceNameProblem(type, name)).toBeUndefined();
    expect(endpointServiceRegion(type, name)).toBe(region);
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
    ['ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-'], // no ID (any length is taken: `epsrv-short` is)
    ['ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.ap-southeast-1.vpce-svc-t4n0123456789abcdef'],
  ] as const)('rejects %s %j', (type, name) => {
    expect(endpointServiceNameProblem(type, name)).toBeDefined();
  });
});

describe('Confluent unique name', () => {
  const confluentUniqueNameProblem = (value: string, clusterRegion: string) => uniqueNameProblem('AWS_ENDPOINT_SERVICE', 'CONFLUENT', value, clusterRegion);
  it('accepts <network-id>.<region> in the cluster region only', () => {
    expect(confluentUniqueNameProblem('domnprzqrog.us-east-1', 'us-east-1')).toBeUndefined();
    expect(confluentUniqueNameProblem('domnprzqrog.us-west-2', 'us-east-1')).toEqual({ key: 'problem.confluent.region', params: { clusterRegion: 'us-east-1', region: 'us-west-2' } });
    expect(confluentUniqueNameProblem('domnprzqrog', 'us-east-1')).toBeDefined();
    expect(confluentUniqueNameProblem('', 'us-east-1')).toBeDefined();
  });
  it('reads the region part as the connection’s cloud writes regions (the provider’s regionCode)', () => {
    expect(confluentUniqueNameProblem('domnprzqrog.cn-hangzhou', 'cn-hangzhou')).toEqual({ key: 'problem.confluent.format' });
    expect(uniqueNameProblem('ALICLOUD_ENDPOINT_SERVICE', 'CONFLUENT', 'domnprzqrog.cn-hangzhou', 'cn-hangzhou')).toBeUndefined();
  });
  it('has nothing to say of a generated unique name (TiDB Cloud issues it)', () => {
    expect(uniqueNameProblem('AWS_ENDPOINT_SERVICE', 'TIDBCLOUD_MANAGED', '', 'us-east-1')).toBeUndefined();
  });
});
