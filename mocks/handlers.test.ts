import { describe, expect, it, vi } from 'vitest';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID, SEED_ACTIVE_ID } from './seed';
import { db } from './node';

const base = `http://localhost:3000/v1beta1/clusters`;
const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const awsService = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

describe('mocked API', () => {
  it('lists the seeded connections of the AWS cluster, and none on Alibaba Cloud', async () => {
    const aws = await (await fetch(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections`)).json();
    expect(aws.totalSize).toBe(2);
    expect(aws.privateLinkConnections.map((c: { state: string }) => c.state).sort()).toEqual(['ACTIVE', 'PENDING_ACCEPTANCE']);
    expect(aws.privateLinkConnections[0].attachedDomains).toBeUndefined();
    const ali = await (await fetch(`${base}/${ALICLOUD_CLUSTER_ID}/privateLinkConnections`)).json();
    expect(ali).toMatchObject({ privateLinkConnections: [], totalSize: 0 });
  });

  it('answers the zones call (a custom :verb method) with the account and AZ IDs', async () => {
    const res = await fetch(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections:getAvailabilityZones`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.accountId).toMatch(/^\d{12}$/);
    expect(body.azIds).toEqual(['use1-az1', 'use1-az2', 'use1-az4']);
  });

  it('returns attached domains from Get only', async () => {
    const res = await fetch(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections/${SEED_ACTIVE_ID}`);
    const body = await res.json();
    expect(body.attachedDomains[0].uniqueName).toBe('dvs6nl5jgveztmla3pxkxgh76i');
  });

  it('creates a connection in CREATING and moves it through PENDING_ACCEPTANCE to ACTIVE', async () => {
    const res = await post(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections`, {
      privateLinkConnection: { clusterId: AWS_CLUSTER_ID, displayName: 'new-one', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: awsService } },
    });
    expect(res.status).toBe(200);
    const created = await res.json();
    expect(created).toMatchObject({ state: 'CREATING', awsEndpointService: { region: 'us-east-1' } });
    expect(created.privateLinkConnectionId).toMatch(/^plc-/);
    const t0 = db.data.timelines[created.privateLinkConnectionId].createdAtMs;
    db.advance(t0 + db.timing.creatingMs);
    expect(db.data.connections.find((c) => c.privateLinkConnectionId === created.privateLinkConnectionId)?.state).toBe('PENDING_ACCEPTANCE');
    db.advance(t0 + db.timing.creatingMs + db.timing.acceptanceMs);
    const active = db.data.connections.find((c) => c.privateLinkConnectionId === created.privateLinkConnectionId);
    expect(active?.state).toBe('ACTIVE');
    expect(active?.awsEndpointService?.availabilityZoneIds).toEqual(['use1-az1', 'use1-az2', 'use1-az4']);
  });

  it('fails a connection whose endpoint service is in another region, saying so', async () => {
    const res = await post(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections`, {
      privateLinkConnection: {
        clusterId: AWS_CLUSTER_ID,
        displayName: 'wrong-region',
        type: 'AWS_ENDPOINT_SERVICE',
        awsEndpointService: { name: 'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0' },
      },
    });
    const created = await res.json();
    db.advance(Date.now() + db.timing.creatingMs + 1);
    const c = db.data.connections.find((x) => x.privateLinkConnectionId === created.privateLinkConnectionId);
    expect(c?.state).toBe('FAILED');
    expect(c?.message).toContain('us-west-2');
  });

  it('rejects bad input with 400 and field violations, and a wrong type for the cloud', async () => {
    const bad = await post(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections`, {
      privateLinkConnection: { clusterId: ALICLOUD_CLUSTER_ID, displayName: ' ', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.svc-1' } },
    });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.code).toBe(3);
    // the spec says nothing of display names but that they are strings: ' ' is one
    expect(body.details[0].fieldViolations.map((v: { field: string }) => v.field)).toEqual([
      'privateLinkConnection.clusterId',
      'privateLinkConnection.awsEndpointService.name',
    ]);
    const wrongCloud = await post(`${base}/${ALICLOUD_CLUSTER_ID}/privateLinkConnections`, {
      privateLinkConnection: { clusterId: ALICLOUD_CLUSTER_ID, displayName: 'x', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: awsService } },
    });
    expect(wrongCloud.status).toBe(400);
  });

  it('accepts a second connection with a display name already taken (the spec promises no unique names), and 409s on it only in that scenario', async () => {
    const same = { clusterId: AWS_CLUSTER_ID, displayName: 'orders-rds', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: awsService } };
    const dup = await post(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections`, { privateLinkConnection: same });
    expect(dup.status).toBe(200);
    expect(db.data.connections.filter((c) => c.displayName === 'orders-rds')).toHaveLength(2);
    db.uniqueDisplayNames = true;
    const refused = await post(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections`, { privateLinkConnection: same });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 6 });
    db.reset();
    expect(db.uniqueDisplayNames).toBe(false);
    expect(db.data.connections).toHaveLength(2);
  });

  it('answers 404 for an unknown cluster or connection', async () => {
    expect((await fetch(`${base}/42/privateLinkConnections`)).status).toBe(404);
    expect((await fetch(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections/plc-nope`)).status).toBe(404);
  });

  it('pages with pageSize and pageToken', async () => {
    const first = await (await fetch(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections?pageSize=1`)).json();
    expect(first.privateLinkConnections).toHaveLength(1);
    expect(first.nextPageToken).toBeTruthy();
    const second = await (await fetch(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections?pageSize=1&pageToken=${first.nextPageToken}`)).json();
    expect(second.privateLinkConnections).toHaveLength(1);
    expect(second.nextPageToken).toBeUndefined();
    expect(second.privateLinkConnections[0].displayName).not.toBe(first.privateLinkConnections[0].displayName);
  });

  it('lists newest first, across pages', async () => {
    db.seedMany(AWS_CLUSTER_ID, 30);
    const times: string[] = [];
    let token = '';
    do {
      const page = await (await fetch(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections?pageSize=7${token && `&pageToken=${token}`}`)).json();
      times.push(...page.privateLinkConnections.map((c: { createTime: string }) => c.createTime));
      token = page.nextPageToken ?? '';
    } while (token);
    expect(times).toHaveLength(32);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('dry-runs TiDB Cloud Managed domains without attaching, then attaches (a second time adds a second group: the spec refuses nothing)', async () => {
    const url = `${base}/${AWS_CLUSTER_ID}/privateLinkConnections/${SEED_ACTIVE_ID}:attachDomains`;
    const dry = await (await post(url, { attachDomain: { type: 'TIDBCLOUD_MANAGED', uniqueName: '' }, validateOnly: true })).json();
    expect(dry.uniqueName).toMatch(/^[a-z0-9]{26}$/);
    expect(dry.domains.map((d: { name: string }) => d.name)).toEqual(
      ['use1-az1', 'use1-az2', 'use1-az4'].map((az) => `*.${az}.${dry.uniqueName}.aws.plc.tidbcloud.com`),
    );
    expect(db.data.attachDomains).toHaveLength(1);
    const real = await post(url, { attachDomain: { type: 'TIDBCLOUD_MANAGED', uniqueName: dry.uniqueName } });
    expect(real.status).toBe(200);
    expect(db.data.attachDomains).toHaveLength(2);
    const again = await post(url, { attachDomain: { type: 'TIDBCLOUD_MANAGED', uniqueName: dry.uniqueName } });
    expect(again.status).toBe(200);
    expect((await again.json()).attachDomainId).not.toBe((await real.json()).attachDomainId);
    expect(db.data.attachDomains.filter((a) => a.uniqueName === dry.uniqueName)).toHaveLength(2);
  });

  it('injects faults per endpoint, for the next N requests', async () => {
    db.setFault('listConnections', { kind: 'http', status: 503, times: 1 });
    expect((await fetch(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections`)).status).toBe(503);
    expect((await fetch(`${base}/${AWS_CLUSTER_ID}/privateLinkConnections`)).status).toBe(200);
  });

  it('holds the next answer until released: the work is done on arrival, later requests are not held', async () => {
    const url = `${base}/${AWS_CLUSTER_ID}/privateLinkConnections/${SEED_ACTIVE_ID}`;
    const release = db.holdNextAnswer('deleteConnection');
    let answered = false;
    const held = fetch(url, { method: 'DELETE' }).then((r) => ((answered = true), r));
    await vi.waitFor(() => expect(db.data.connections.find((c) => c.privateLinkConnectionId === SEED_ACTIVE_ID)?.state).toBe('DELETING'));
    expect((await fetch(url)).status).toBe(200);
    expect(answered).toBe(false);
    release();
    expect((await (await held).json()).state).toBe('DELETING');
    // One a test left held goes out when the faults are cleared.
    db.holdNextAnswer('getConnection');
    const gets = db.requests.filter((r) => r.endpoint === 'getConnection').length;
    const left = fetch(url);
    await vi.waitFor(() => expect(db.requests.filter((r) => r.endpoint === 'getConnection')).toHaveLength(gets + 1));
    db.clearFaults();
    expect((await left).status).toBe(200);
  });
});
