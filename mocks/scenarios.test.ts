import { describe, expect, it } from 'vitest';
import { db } from './node';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID, SEED_PENDING_ID } from './seed';
import { displayNameProblem, endpointServiceNameProblem } from '@/features/private-link/api/rules';

const byId = (id: string) => db.data.connections.find((c) => c.privateLinkConnectionId === id);

describe('mock scenarios for demos', () => {
  it('accepts pending connections now, with their zones', () => {
    expect(db.acceptPending(AWS_CLUSTER_ID)).toBe(1);
    expect(byId(SEED_PENDING_ID)).toMatchObject({ state: 'ACTIVE', awsEndpointService: { availabilityZoneIds: ['use1-az1', 'use1-az2', 'use1-az4'] } });
  });

  it('rejects pending connections, saying where', () => {
    expect(db.rejectPending()).toBe(1);
    expect(byId(SEED_PENDING_ID)).toMatchObject({ state: 'FAILED', message: expect.stringContaining('AWS console') });
  });

  it('fails connections being created', async () => {
    await fetch(`http://localhost:3000/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ privateLinkConnection: { displayName: 'x', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0' } } }),
    });
    expect(db.failCreating()).toBe(1);
    expect(db.data.connections.find((c) => c.displayName === 'x')).toMatchObject({ state: 'FAILED' });
  });

  it('seeds many well-formed connections, paged by the API', async () => {
    expect(db.seedMany(ALICLOUD_CLUSTER_ID, 1000)).toBe(1000);
    const conns = db.data.connections.filter((c) => c.clusterId === ALICLOUD_CLUSTER_ID);
    expect(conns).toHaveLength(1000);
    expect(new Set(conns.map((c) => c.displayName)).size).toBe(1000);
    for (const c of conns) {
      expect(displayNameProblem(c.displayName)).toBeUndefined();
      expect(endpointServiceNameProblem('ALICLOUD_ENDPOINT_SERVICE', c.alicloudEndpointService!.name)).toBeUndefined();
    }
    const page = await (await fetch(`http://localhost:3000/v1beta1/clusters/${ALICLOUD_CLUSTER_ID}/privateLinkConnections?pageSize=100`)).json();
    expect(page).toMatchObject({ totalSize: 1000 });
    expect(page.privateLinkConnections).toHaveLength(100);
  });
});
