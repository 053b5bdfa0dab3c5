import { describe, expect, it } from 'vitest';
import { changefeedSchema, privateLinkRouteOf } from './changefeeds';
import { cloudRegionCode, clusterSchema } from './clusters';
import { connectionEndpointIds, privateLinkSourcesOf } from './migration-routes';
import { migrationSchema } from './migrations';
import { privateLinkConnectionSchema } from './private-link';
import { listProjectsResponseSchema } from './projects';

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

describe('migrations: which ride on a connection', () => {
  const migration = (profiles: object[]) =>
    migrationSchema.parse({ migrationId: 'm', state: 'RUNNING', subTasks: profiles.map((connProfile) => ({ source: { connProfile, sourceType: 'MYSQL' } })) });
  const connection = { privateLinkConnectionId: 'plc-1', awsEndpointService: { name: 'svc', endpointId: 'vpce-1' } };

  it('matches PRIVATE_LINK sources by the connection’s ID or its endpoint’s ID, nothing else', () => {
    const ids = connectionEndpointIds(connection);
    expect(ids).toEqual(['plc-1', 'vpce-1']);
    expect(privateLinkSourcesOf(migration([{ connType: 'PRIVATE_LINK', endpointId: 'plc-1', port: 3306, user: 'u' }]), ids)).toHaveLength(1);
    expect(privateLinkSourcesOf(migration([{ connType: 'PRIVATE_LINK', endpointId: 'vpce-1', port: 3306, user: 'u' }]), ids)).toHaveLength(1);
    expect(privateLinkSourcesOf(migration([{ connType: 'PRIVATE_LINK', endpointId: 'plc-2', port: 3306, user: 'u' }]), ids)).toHaveLength(0);
    expect(privateLinkSourcesOf(migration([{ connType: 'PUBLIC', endpointId: 'plc-1', host: '1.2.3.4', port: 3306, user: 'u' }]), ids)).toHaveLength(0);
    expect(privateLinkSourcesOf(migration([{ connType: 'PRIVATE_LINK', port: 3306, user: 'u' }]), ids)).toHaveLength(0);
    expect(privateLinkSourcesOf(migrationSchema.parse({ migrationId: 'm' }), ids)).toEqual([]);
  });

  it('a password in an answer never reaches the page; unknown states are kept', () => {
    const m = migration([{ connType: 'PRIVATE_LINK', endpointId: 'plc-1', host: 'db', port: 3306, user: 'u', password: 'secret' }]);
    expect(JSON.stringify(m)).not.toContain('secret');
    expect(migrationSchema.parse({ migrationId: 'm', state: 'ARCHIVED' }).state).toBe('ARCHIVED');
  });

  it('projects: snake_case fields as the account API sends them, unknown ones dropped', () => {
    const list = listProjectsResponseSchema.parse({ projects: [{ id: '1', name: 'p', org_id: '2', cluster_count: 3, extra: 1 }] });
    expect(list.projects[0]).toEqual({ id: '1', name: 'p', org_id: '2', cluster_count: 3 });
    expect(listProjectsResponseSchema.parse({}).projects).toEqual([]);
  });
});
