import { describe, expect, expectTypeOf, it } from 'vitest';
import { seedClusters, seedConnections } from '@mocks/seed';
import { newId } from '@mocks/ids';
import { CLOUD_TYPES } from '@mocks/clouds';
import { zonesFor } from '@mocks/zones';
import { cloudRegionCode } from '../clusters';
import { CONNECTION_TYPES, type ConnectionType } from '../private-link';
import { endpointServiceConsoleUrl, endpointServiceOf, endpointServiceRegion, PROVIDERS, providerForCloud, providerOf, providersForCloud, requestService, type Provider } from '.';

describe('provider registry', () => {
  it('has one entry per connection type, each offered on its own cloud', () => {
    expect(Object.keys(PROVIDERS).sort()).toEqual([...CONNECTION_TYPES].sort());
    for (const type of CONNECTION_TYPES) {
      expect(PROVIDERS[type].type).toBe(type);
      expect(providerForCloud(PROVIDERS[type].cloud)?.type).toBe(type);
    }
    expect(providerForCloud('no-such-cloud')).toBeUndefined();
  });

  it('offers every type of a cloud, in registry order (a cloud may offer more than one)', () => {
    for (const p of Object.values(PROVIDERS)) {
      const offered = providersForCloud(p.cloud);
      expect(offered).toContain(p);
      expect(offered.every((o) => o.cloud === p.cloud)).toBe(true);
      expect(providerForCloud(p.cloud)).toBe(offered[0]);
    }
    expect(providersForCloud('no-such-cloud')).toEqual([]);
  });

  // Type tests, checked by tsc (`npm run typecheck`), whatever the number of types.
  it('has, in its type, exactly one key per connection type', () => {
    expectTypeOf<keyof typeof PROVIDERS>().toEqualTypeOf<ConnectionType>();
  });
  it('does not compile with any one connection type left out', () => {
    type Accepted<T extends ConnectionType> = Omit<typeof PROVIDERS, T> extends Record<ConnectionType, Provider> ? T : never;
    expectTypeOf<{ [T in ConnectionType]: Accepted<T> }[ConnectionType]>().toBeNever();
    // and the check can tell: the whole registry is accepted
    expectTypeOf<typeof PROVIDERS>().toExtend<Record<ConnectionType, Provider>>();
  });

  it('knows no type the API may add later (the UI shows it as it is)', () => {
    expect(providerOf('A_TYPE_ADDED_LATER')).toBeUndefined();
    expect(providerOf(undefined)).toBeUndefined();
  });

  it('reads each seeded connection and its region through its provider', () => {
    for (const c of seedConnections) {
      const service = endpointServiceOf(c);
      expect(service?.name).toBeTruthy();
      expect(endpointServiceRegion(c.type as ConnectionType, service!.name)).toBeTruthy();
      const { prefix, length } = providerOf(c.type)!.endpointId;
      if (service?.endpointId) expect(service.endpointId).toMatch(new RegExp(`^${prefix}[0-9a-z]{${length}}$`));
    }
  });

  it('reads the endpoint service names and endpoint IDs the mock makes from its own knowledge of the clouds', () => {
    for (const p of Object.values(PROVIDERS)) {
      // in the region of the seeded cluster on its cloud (the seed has one per cloud of the registry)
      const cluster = seedClusters.find((c) => c.region.cloudProvider === p.cloud);
      expect(cluster, `a seeded cluster on ${p.cloud}`).toBeDefined();
      const region = cloudRegionCode(cluster!.region);
      const name = newId.endpointService(CLOUD_TYPES[p.type], region);
      expect(endpointServiceRegion(p.type, name), name).toBe(region);
      expect(p.serviceName.pattern.exec(name)?.groups?.id).toHaveLength(p.serviceName.id.prefix.length + p.serviceName.id.length);
      expect(newId.endpoint(CLOUD_TYPES[p.type])).toMatch(new RegExp(`^${p.endpointId.prefix}[0-9a-z]{${p.endpointId.length}}$`));
    }
  });

  it('names the domains of each type it offers for a unique name and the zones', () => {
    const names = (type: ConnectionType, domain: string) => PROVIDERS[type].domains.find((d) => d.type === domain)!.names('u', ['z1', 'z2']);
    expect(names('AWS_ENDPOINT_SERVICE', 'TIDBCLOUD_MANAGED')).toEqual(['*.z1.u.aws.plc.tidbcloud.com', '*.z2.u.aws.plc.tidbcloud.com']);
    expect(names('AWS_ENDPOINT_SERVICE', 'CONFLUENT')).toEqual(['*.u.aws.confluent.cloud', '*.z1.u.aws.confluent.cloud', '*.z2.u.aws.confluent.cloud']);
    expect(names('ALICLOUD_ENDPOINT_SERVICE', 'TIDBCLOUD_MANAGED')).toEqual(['*.u.alicloud.plc.tidbcloud.com']);
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
