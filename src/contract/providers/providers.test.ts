import { describe, expect, it } from 'vitest';
import { seedClusters, seedConnections } from '@mocks/seed';
import { zonesFor } from '@mocks/zones';
import { CONNECTION_TYPES, type ConnectionType } from '../private-link';
import { aws } from './aws';
import { endpointServiceConsoleUrl, endpointServiceOf, endpointServiceRegion, PROVIDERS, providerForCloud, providerOf, requestService, type Provider } from '.';

describe('provider registry', () => {
  it('has one entry per connection type, each offered on its own cloud', () => {
    expect(Object.keys(PROVIDERS).sort()).toEqual([...CONNECTION_TYPES].sort());
    for (const type of CONNECTION_TYPES) {
      expect(PROVIDERS[type].type).toBe(type);
      expect(providerForCloud(PROVIDERS[type].cloud)?.type).toBe(type);
    }
    expect(providerForCloud('gcp')).toBeUndefined();
  });

  it('does not compile without an entry for every connection type', () => {
    // @ts-expect-error ALICLOUD_ENDPOINT_SERVICE is missing
    const partial = { AWS_ENDPOINT_SERVICE: aws } satisfies Record<ConnectionType, Provider>;
    expect(Object.keys(partial)).toHaveLength(1);
  });

  it('knows no type the API may add later (the UI shows it as it is)', () => {
    expect(providerOf('GCP_PRIVATE_SERVICE_CONNECT')).toBeUndefined();
    expect(providerOf(undefined)).toBeUndefined();
  });

  it('reads each seeded connection and its region through its provider', () => {
    for (const c of seedConnections) {
      const service = endpointServiceOf(c);
      expect(service?.name).toBeTruthy();
      expect(endpointServiceRegion(c.type as ConnectionType, service!.name)).toBeTruthy();
      expect(service?.endpointId ?? providerOf(c.type)!.endpointIdPrefix).toMatch(new RegExp(`^${providerOf(c.type)!.endpointIdPrefix}`));
    }
  });

  it('describes the zone IDs the zones call answers for its clusters', () => {
    for (const cluster of seedClusters) {
      const p = providerForCloud(String(cluster.region.cloudProvider));
      if (!p) continue;
      for (const az of zonesFor(cluster).azIds) expect(az).toMatch(p.zoneId);
    }
  });

  it('builds the Create request field, with a region only where the provider has one', () => {
    expect(requestService('AWS_ENDPOINT_SERVICE', 'svc', 'us-west-2')).toEqual({ awsEndpointService: { name: 'svc', region: 'us-west-2' } });
    expect(requestService('AWS_ENDPOINT_SERVICE', 'svc')).toEqual({ awsEndpointService: { name: 'svc' } });
    expect(requestService('ALICLOUD_ENDPOINT_SERVICE', 'svc', 'cn-hangzhou')).toEqual({ alicloudEndpointService: { name: 'svc' } });
  });

  it('links to the endpoint service itself, in its region and its partition’s console', () => {
    const aws = (name: string) => endpointServiceConsoleUrl('AWS_ENDPOINT_SERVICE', name);
    expect(aws('com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d')).toBe(
      'https://us-west-2.console.aws.amazon.com/vpcconsole/home?region=us-west-2#EndpointServiceDetails:endpointServiceId=vpce-svc-0a1b2c3d',
    );
    expect(aws('com.amazonaws.vpce.us-gov-west-1.vpce-svc-0123456789abcdef0')).toBe(
      'https://us-gov-west-1.console.amazonaws-us-gov.com/vpcconsole/home?region=us-gov-west-1#EndpointServiceDetails:endpointServiceId=vpce-svc-0123456789abcdef0',
    );
    expect(aws('com.amazonaws.vpce.cn-north-1.vpce-svc-0123456789abcdef0')).toMatch(/^https:\/\/cn-north-1\.console\.amazonaws\.cn\/vpcconsole\/home\?region=cn-north-1#/);
    expect(endpointServiceConsoleUrl('ALICLOUD_ENDPOINT_SERVICE', 'com.aliyuncs.privatelink.cn-shanghai-finance-1.epsrv-uf6dmd4otbl4fbxq3tpg')).toBe(
      'https://vpc.console.alibabacloud.com/endpointservice/cn-shanghai-finance-1/endpointservices/epsrv-uf6dmd4otbl4fbxq3tpg',
    );
    // a name it cannot read: the endpoint services page (never the China site for Alibaba Cloud)
    expect(aws('not a service')).toBe(PROVIDERS.AWS_ENDPOINT_SERVICE.consoleUrl);
    expect(endpointServiceConsoleUrl('ALICLOUD_ENDPOINT_SERVICE', 'x')).toBe('https://vpc.console.alibabacloud.com/endpointservice');
  });
});
