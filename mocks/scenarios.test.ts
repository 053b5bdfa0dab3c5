import { describe, expect, it } from 'vitest';
import { MockDb, type MockStorage } from './db';
import { db } from './node';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID, SEED_ACTIVE_ID, SEED_PENDING_ID } from './seed';
import { displayNameProblem } from '@/contract/rules';
import { endpointServiceNameProblem } from '@/contract/providers';

const API = 'http://localhost:3000/v1beta1';
const byId = (id: string) => db.data.connections.find((c) => c.privateLinkConnectionId === id);

function create(clusterId: string, displayName: string, body: Record<string, unknown>) {
  return fetch(`${API}/clusters/${clusterId}/privateLinkConnections`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ privateLinkConnection: { clusterId, displayName, ...body } }),
  });
}
const awsBody = { type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0' } };
const aliBody = {
  type: 'ALICLOUD_ENDPOINT_SERVICE',
  alicloudEndpointService: { name: 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-abcdefghij0123456789' },
};

function memoryStorage(): MockStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

describe('mock scenarios for demos', () => {
  it('accepts pending connections now, with the cluster’s zones', async () => {
    const before = Date.now();
    expect(db.acceptPending(AWS_CLUSTER_ID)).toBe(1);
    const c = byId(SEED_PENDING_ID)!;
    expect(c).toMatchObject({ state: 'ACTIVE', awsEndpointService: { availabilityZoneIds: ['use1-az1', 'use1-az2', 'use1-az4'] } });
    expect(Date.parse(c.updateTime!)).toBeGreaterThanOrEqual(before);
    expect(db.acceptPending(AWS_CLUSTER_ID)).toBe(0);
    // The API answers the new state at once.
    const answer = await (await fetch(`${API}/clusters/${AWS_CLUSTER_ID}/privateLinkConnections/${SEED_PENDING_ID}`)).json();
    expect(answer).toMatchObject({ state: 'ACTIVE' });
  });

  it('accepts a connection created through the API once it is pending, on Alibaba Cloud too', async () => {
    expect((await create(ALICLOUD_CLUSTER_ID, 'ali', aliBody)).status).toBe(200);
    db.advance(Date.now() + db.timing.creatingMs); // CREATING → PENDING_ACCEPTANCE
    expect(db.acceptPending(ALICLOUD_CLUSTER_ID)).toBe(1);
    expect(db.data.connections.find((c) => c.displayName === 'ali')).toMatchObject({
      state: 'ACTIVE',
      alicloudEndpointService: { availabilityZoneIds: ['ap-southeast-1a', 'ap-southeast-1b', 'ap-southeast-1c'] },
    });
    expect(byId(SEED_PENDING_ID)?.state).toBe('PENDING_ACCEPTANCE'); // another cluster's: untouched
  });

  it('rejects pending connections, saying in which console', async () => {
    expect((await create(ALICLOUD_CLUSTER_ID, 'ali', aliBody)).status).toBe(200);
    db.advance(Date.now() + db.timing.creatingMs);
    expect(db.rejectPending()).toBe(2);
    expect(byId(SEED_PENDING_ID)).toMatchObject({
      state: 'FAILED',
      message: 'The endpoint connection request was rejected in the AWS console.',
    });
    expect(db.data.connections.find((c) => c.displayName === 'ali')).toMatchObject({
      state: 'FAILED',
      message: 'The endpoint connection request was rejected in the Alibaba Cloud console.',
    });
    // It stays FAILED: the lifecycle does not take it back.
    db.advance(Date.now() + 10 * db.timing.acceptanceMs);
    expect(byId(SEED_PENDING_ID)?.state).toBe('FAILED');
  });

  it('fails connections being created, for good', async () => {
    expect((await create(AWS_CLUSTER_ID, 'x', awsBody)).status).toBe(200);
    expect(db.failCreating(ALICLOUD_CLUSTER_ID)).toBe(0);
    expect(db.failCreating()).toBe(1);
    const x = () => db.data.connections.find((c) => c.displayName === 'x');
    expect(x()).toMatchObject({ state: 'FAILED', message: expect.stringContaining('TiDB Cloud could not create the endpoint') });
    db.advance(Date.now() + 10 * db.timing.creatingMs);
    expect(x()?.state).toBe('FAILED');
    expect(byId(SEED_ACTIVE_ID)?.state).toBe('ACTIVE');
  });

  it('persists every transition it makes', () => {
    const storage = memoryStorage();
    const local = new MockDb({ storage, storageKey: 'k' });
    expect(local.acceptPending()).toBe(1);
    expect(new MockDb({ storage, storageKey: 'k' }).data.connections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)?.state).toBe('ACTIVE');
    local.reset();
    expect(local.rejectPending()).toBe(1);
    expect(new MockDb({ storage, storageKey: 'k' }).data.connections.find((c) => c.privateLinkConnectionId === SEED_PENDING_ID)?.state).toBe('FAILED');
    local.seedMany(AWS_CLUSTER_ID, 5);
    expect(new MockDb({ storage, storageKey: 'k' }).data.connections).toHaveLength(7);
  });

  it('seeds 1,000 well-formed connections quickly, paged by the API', async () => {
    const start = performance.now();
    expect(db.seedMany(ALICLOUD_CLUSTER_ID, 1000)).toBe(1000);
    expect(performance.now() - start).toBeLessThan(500);
    const conns = db.data.connections.filter((c) => c.clusterId === ALICLOUD_CLUSTER_ID);
    expect(conns).toHaveLength(1000);
    expect(new Set(conns.map((c) => c.displayName)).size).toBe(1000);
    expect(new Set(conns.map((c) => c.privateLinkConnectionId)).size).toBe(1000);
    expect(new Set(conns.map((c) => c.createTime)).size).toBe(1000);
    for (const c of conns) {
      expect(c.privateLinkConnectionId).toMatch(/^plc-[a-z0-9]{20}$/);
      expect(c.type).toBe('ALICLOUD_ENDPOINT_SERVICE');
      expect(displayNameProblem(c.displayName)).toBeUndefined();
      expect(endpointServiceNameProblem('ALICLOUD_ENDPOINT_SERVICE', c.alicloudEndpointService!.name)).toBeUndefined();
      if (c.state === 'FAILED') expect(c.message).toBeTruthy();
      if (c.state === 'ACTIVE') expect(c.alicloudEndpointService!.availabilityZoneIds).toHaveLength(3);
    }
    const states = (s: string) => conns.filter((c) => c.state === s).length;
    expect(states('ACTIVE')).toBeGreaterThan(700);
    expect(states('PENDING_ACCEPTANCE')).toBeGreaterThan(50);
    expect(states('FAILED')).toBeGreaterThan(50);
    expect(Object.keys(db.data.timelines)).toHaveLength(0); // they keep their states
    const page = await (await fetch(`${API}/clusters/${ALICLOUD_CLUSTER_ID}/privateLinkConnections?pageSize=100`)).json();
    expect(page).toMatchObject({ totalSize: 1000 });
    expect(page.privateLinkConnections).toHaveLength(100);
  });

  it('seeds valid AWS connections with names that never collide, even after deletions', async () => {
    db.seedMany(AWS_CLUSTER_ID, 10);
    const first = db.data.connections.find((c) => c.displayName.endsWith('-0002'))!;
    expect(first.awsEndpointService).toMatchObject({ region: 'us-east-1' });
    const res = await fetch(`${API}/clusters/${AWS_CLUSTER_ID}/privateLinkConnections/${first.privateLinkConnectionId}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    db.advance(Date.now() + db.timing.deletingMs);
    expect(db.data.connections).toHaveLength(11);
    db.seedMany(AWS_CLUSTER_ID, 10);
    const conns = db.data.connections.filter((c) => c.clusterId === AWS_CLUSTER_ID);
    expect(conns).toHaveLength(21);
    expect(new Set(conns.map((c) => c.displayName)).size).toBe(21);
    for (const c of conns) expect(endpointServiceNameProblem('AWS_ENDPOINT_SERVICE', c.awsEndpointService!.name)).toBeUndefined();
    expect(db.seedMany('no-such-cluster', 5)).toBe(0);
  });
});
