import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { changefeedSchema, listChangefeedsResponseSchema } from '@/contract/changefeeds';
import { clusterSchema, listClustersResponseSchema } from '@/contract/clusters';
import { errorBodySchema } from '@/contract/errors';
import { listMigrationsResponseSchema } from '@/contract/migrations';
import { loadSpec, requestProblems, responseProblems } from '@/contract/openapi/validator';
import { attachDomainSchema, availabilityZonesResponseSchema, listConnectionsResponseSchema, privateLinkConnectionSchema } from '@/contract/private-link';
import { listProjectsResponseSchema } from '@/contract/projects';
import type { Endpoint } from './faults';
import { db } from './node';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID, createRequestBody, SEED_ACTIVE_ID, SEED_MYSQL_CHANGEFEED_ID, SEED_OTHER_PROJECT_ID, SEED_PENDING_ID, SEED_PROJECT_ID, seedClusters } from './seed';

/**
 * Every answer of the mock, checked against TiDB Cloud's published spec (src/contract/openapi) and
 * parsed by the zod contract the client uses: each endpoint on success, on the errors it answers
 * by itself, and on every injected error status.
 */
const API = 'http://localhost:3000/v1beta1';
const PLC = `${API}/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`;

interface Call {
  endpoint: Endpoint;
  method: string;
  url: string;
  body?: unknown;
  schema: z.ZodMiniType;
}


const CALLS: Call[] = [
  { endpoint: 'listClusters', method: 'GET', url: `${API}/clusters?pageSize=100`, schema: listClustersResponseSchema },
  { endpoint: 'getCluster', method: 'GET', url: `${API}/clusters/${AWS_CLUSTER_ID}`, schema: clusterSchema },
  { endpoint: 'listConnections', method: 'GET', url: `${PLC}?pageSize=1`, schema: listConnectionsResponseSchema },
  { endpoint: 'createConnection', method: 'POST', url: PLC, body: createRequestBody('spec-create'), schema: privateLinkConnectionSchema },
  { endpoint: 'getConnection', method: 'GET', url: `${PLC}/${SEED_ACTIVE_ID}`, schema: privateLinkConnectionSchema },
  { endpoint: 'deleteConnection', method: 'DELETE', url: `${PLC}/${SEED_PENDING_ID}`, schema: privateLinkConnectionSchema },
  { endpoint: 'getAvailabilityZones', method: 'GET', url: `${PLC}:getAvailabilityZones`, schema: availabilityZonesResponseSchema },
  {
    endpoint: 'attachDomains',
    method: 'POST',
    url: `${PLC}/${SEED_ACTIVE_ID}:attachDomains`,
    body: { attachDomain: { type: 'TIDBCLOUD_MANAGED', uniqueName: '' }, validateOnly: true },
    schema: attachDomainSchema,
  },
  {
    endpoint: 'detachDomains',
    method: 'POST',
    url: `${PLC}/${SEED_ACTIVE_ID}:detachDomains`,
    body: { attachDomainId: 'ad-3c5e7g9i1k3m5o7q' },
    schema: attachDomainSchema,
  },
  { endpoint: 'listChangefeeds', method: 'GET', url: `${API}/clusters/${AWS_CLUSTER_ID}/changefeeds?pageSize=1`, schema: listChangefeedsResponseSchema },
  { endpoint: 'getChangefeed', method: 'GET', url: `${API}/clusters/${AWS_CLUSTER_ID}/changefeeds/${SEED_MYSQL_CHANGEFEED_ID}`, schema: changefeedSchema },
  { endpoint: 'listMigrations', method: 'GET', url: `${API}/clusters/${AWS_CLUSTER_ID}/migrations?pageSize=10`, schema: listMigrationsResponseSchema },
];
/** The account API: where the page asks (`/iam` on its own origin) and where the HTTP mock stands in for its base. */
const PROJECT_URLS = ['http://localhost:3000/iam/v1beta1/projects', 'http://localhost:3000/v1beta1/projects?pageSize=0'];

async function answer(method: string, url: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await res.json();
  return { status: res.status, json, problems: responseProblems(method, url, res.status, json) };
}

/** An error answer fits the spec's Status and the client's error schema, with the gRPC code of its status. */
function expectError(a: Awaited<ReturnType<typeof answer>>, status: number, code: number) {
  expect(a.status).toBe(status);
  expect(a.problems).toEqual([]);
  expect(errorBodySchema.safeParse(a.json).success).toBe(true);
  expect(a.json).toMatchObject({ code, message: expect.any(String) });
}

beforeAll(loadSpec, 60_000);

describe('every answer of the mock fits the published spec and the zod contract', () => {
  for (const call of CALLS) {
    it(`${call.endpoint}: 200`, async () => {
      const a = await answer(call.method, call.url, call.body);
      expect(a.status).toBe(200);
      expect(a.problems).toEqual([]);
      expect(call.schema.safeParse(a.json).success).toBe(true);
    });
  }

  it('the lists with every resource in every state, the Alibaba Cloud cluster and a created connection once active', async () => {
    db.seedMany(AWS_CLUSTER_ID, 30);
    db.addChangefeed(SEED_PENDING_ID, { sinkType: 'KAFKA' });
    const created = await answer('POST', `${API}/clusters/${ALICLOUD_CLUSTER_ID}/privateLinkConnections`, {
      privateLinkConnection: {
        clusterId: ALICLOUD_CLUSTER_ID,
        displayName: 'ali',
        type: 'ALICLOUD_ENDPOINT_SERVICE',
        alicloudEndpointService: { name: 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0a1b2c3d4e5f6g7h8' },
      },
    });
    expect(created.problems).toEqual([]);
    db.advance(Date.now() + db.timing.creatingMs + db.timing.acceptanceMs);
    for (const url of [
      `${PLC}?pageSize=100`,
      `${API}/clusters/${ALICLOUD_CLUSTER_ID}/privateLinkConnections?pageSize=100`,
      `${API}/clusters/${ALICLOUD_CLUSTER_ID}`,
      `${API}/clusters/${AWS_CLUSTER_ID}/changefeeds?pageSize=100`,
      `${API}/clusters/${ALICLOUD_CLUSTER_ID}/privateLinkConnections:getAvailabilityZones`,
    ]) {
      const a = await answer('GET', url);
      expect([url, a.status, a.problems]).toEqual([url, 200, []]);
    }
  });

  it('errors the mock answers by itself: 400 with field violations, 404, 409', async () => {
    expectError(await answer('POST', PLC, createRequestBody('x', { awsEndpointService: { name: 'vpce-svc-0a1b2c3d' } })), 400, 3);
    expectError(await answer('POST', PLC, { privateLinkConnection: {} }), 400, 3);
    expectError(await answer('GET', `${PLC}?pageSize=1000`), 400, 3);
    expectError(await answer('GET', `${API}/clusters/${AWS_CLUSTER_ID}/changefeeds?pageToken=%%%`), 400, 3);
    expectError(await answer('POST', `${PLC}/${SEED_ACTIVE_ID}:attachDomains`, { attachDomain: { type: 'CONFLUENT', uniqueName: 'x' } }), 400, 3);
    expectError(await answer('GET', `${API}/clusters/42`), 404, 5);
    expectError(await answer('GET', `${PLC}/plc-nope`), 404, 5);
    expectError(await answer('GET', `${API}/clusters/${AWS_CLUSTER_ID}/changefeeds/cfd-nope`), 404, 5);
    expectError(await answer('POST', `${PLC}/${SEED_ACTIVE_ID}:detachDomains`, { attachDomainId: 'ad-nope' }), 404, 5);
    db.uniqueDisplayNames = true; // the scenario that refuses a display name already taken
    expectError(await answer('POST', PLC, createRequestBody('orders-rds')), 409, 6);
    expectError(await answer('POST', `${PLC}/${SEED_PENDING_ID}:attachDomains`, { attachDomain: { type: 'TIDBCLOUD_MANAGED', uniqueName: '' }, validateOnly: true }), 409, 6);
    await answer('DELETE', `${PLC}/${SEED_PENDING_ID}`);
    expectError(await answer('DELETE', `${PLC}/${SEED_PENDING_ID}`), 409, 6);
  });

  const FAULTS = [
    [400, 3],
    [403, 7],
    [404, 5],
    [409, 6],
    [429, 8],
    [500, 13],
    [503, 14],
  ] as const;
  for (const call of CALLS) {
    it(`${call.endpoint}: every injected error status`, async () => {
      for (const [status, code] of FAULTS) {
        const fieldViolations = status === 400 ? [{ field: 'pageSize', description: 'must be between 1 and 100' }] : undefined;
        db.setFault(call.endpoint, { kind: 'http', status, fieldViolations, times: 1 });
        expectError(await answer(call.method, call.url, call.body), status, code);
      }
    });
  }
});

describe('migrations and projects', () => {
  it('listMigrations: paged (default 10), every answer fits the spec, and no password ever', async () => {
    for (let i = 0; i < 12; i++) db.addMigration(i % 2 ? SEED_PENDING_ID : SEED_ACTIVE_ID, { byEndpointId: i % 3 === 0 });
    const first = await answer('GET', `${API}/clusters/${AWS_CLUSTER_ID}/migrations`);
    expect([first.status, first.problems]).toEqual([200, []]);
    const page = listMigrationsResponseSchema.parse(first.json);
    expect(page.migrations).toHaveLength(10);
    expect(page.totalSize).toBe(13);
    const second = await answer('GET', `${API}/clusters/${AWS_CLUSTER_ID}/migrations?pageSize=10&pageToken=${page.nextPageToken}`);
    expect(second.problems).toEqual([]);
    expect(listMigrationsResponseSchema.parse(second.json).migrations).toHaveLength(3);
    expect(JSON.stringify([first.json, second.json])).not.toMatch(/password/i);
    const other = await answer('GET', `${API}/clusters/${ALICLOUD_CLUSTER_ID}/migrations`);
    expect(other.json).toEqual({ migrations: [], totalSize: 0 });
    expectError(await answer('GET', `${API}/clusters/42/migrations`), 404, 5);
  });

  it('the check is not blind: a migration answer with a wrong enum or without connType fails', () => {
    const url = `${API}/clusters/${AWS_CLUSTER_ID}/migrations`;
    const sub = (connProfile: object) => ({ migrations: [{ migrationId: 'm', subTasks: [{ source: { sourceType: 'MYSQL', connProfile } }] }] });
    expect(responseProblems('GET', url, 200, sub({ port: 3306, user: 'u' })).join()).toMatch(/connType/);
    expect(responseProblems('GET', url, 200, { migrations: [{ migrationId: 'm', state: 'DONE' }] }).join()).toMatch(/allowed values/);
    expect(responseProblems('GET', url, 200, sub({ connType: 'PRIVATE_LINK', port: 3306, user: 'u' }))).toEqual([]);
  });

  for (const url of PROJECT_URLS) {
    it(`listProjects at ${new URL(url).pathname}: the organization's projects, in the account API's shape`, async () => {
      const a = await answer('GET', url);
      expect([a.status, a.problems]).toEqual([200, []]);
      // each project's seeded clusters (mocks/seed.ts has one per cloud of the registry: the count follows it)
      const seeded = (project: string) => seedClusters.filter((c) => c.labels?.['tidb.cloud/project'] === project).length;
      expect(listProjectsResponseSchema.parse(a.json).projects.map((p) => [p.name, p.cluster_count])).toEqual([
        ['Production', seeded(SEED_PROJECT_ID)],
        ['Analytics', seeded(SEED_OTHER_PROJECT_ID)],
      ]);
      expect(seeded(SEED_PROJECT_ID)).toBeGreaterThan(0);
    });
  }

  it('listProjects pages (pageSize 1, then the token)', async () => {
    const first = listProjectsResponseSchema.parse((await answer('GET', `${PROJECT_URLS[0]}?pageSize=1`)).json);
    expect(first.projects).toHaveLength(1);
    const second = await answer('GET', `${PROJECT_URLS[0]}?pageSize=1&pageToken=${first.nextPageToken}`);
    expect(listProjectsResponseSchema.parse(second.json)).toMatchObject({ projects: [{ name: 'Analytics' }] });
  });

  it('listProjects: every injected error status, as api.OpenApiError', async () => {
    for (const status of [400, 403, 429, 500, 503]) {
      db.setFault('listProjects', { kind: 'http', status, times: 1 });
      const a = await answer('GET', PROJECT_URLS[0]!);
      expect([a.status, a.problems]).toEqual([status, []]);
      expect(a.json).toMatchObject({ status, code: expect.any(String) });
    }
    expect(responseProblems('GET', PROJECT_URLS[0]!, 403, { status: 'x' }).join()).toMatch(/integer/);
  });
});

describe('the mock refuses every request body the published spec refuses', () => {
  const valid = createRequestBody('spec-check').privateLinkConnection;
  const { clusterId: _c, ...noCluster } = valid;
  const { displayName: _d, ...noName } = valid;
  const { type: _t, ...noType } = valid;
  const BODIES: [string, string, unknown][] = [
    ['create', PLC, {}],
    ['create', PLC, { privateLinkConnection: 'x' }],
    ['create', PLC, { privateLinkConnection: {} }],
    ['create', PLC, { privateLinkConnection: noCluster }],
    ['create', PLC, { privateLinkConnection: noName }],
    ['create', PLC, { privateLinkConnection: noType }],
    ['create', PLC, { privateLinkConnection: { ...valid, displayName: 42 } }],
    ['create', PLC, { privateLinkConnection: { ...valid, clusterId: null } }],
    ['create', PLC, { privateLinkConnection: { ...valid, type: 'A_TYPE_THE_SPEC_DOES_NOT_HAVE' } }],
    ['create', PLC, { privateLinkConnection: { ...valid, awsEndpointService: {} } }],
    ['create', PLC, { privateLinkConnection: { ...valid, awsEndpointService: { name: 7 } } }],
    ['create', PLC, { privateLinkConnection: { ...valid, awsEndpointService: { ...valid.awsEndpointService, region: 1 } } }],
    ['attach', `${PLC}/${SEED_ACTIVE_ID}:attachDomains`, {}],
    ['attach', `${PLC}/${SEED_ACTIVE_ID}:attachDomains`, { attachDomain: {} }],
    ['attach', `${PLC}/${SEED_ACTIVE_ID}:attachDomains`, { attachDomain: { type: 'PRIVATE_DNS', uniqueName: 'x' } }],
    ['attach', `${PLC}/${SEED_ACTIVE_ID}:attachDomains`, { attachDomain: { type: 'TIDBCLOUD_MANAGED' }, validateOnly: 'yes' }],
    ['detach', `${PLC}/${SEED_ACTIVE_ID}:detachDomains`, {}],
    ['detach', `${PLC}/${SEED_ACTIVE_ID}:detachDomains`, { attachDomainId: 5 }],
  ];
  it.each(BODIES)('%s %#: the spec refuses it, the mock answers 400', async (_, url, body) => {
    expect(requestProblems('POST', url, body)).not.toEqual([]);
    expectError(await answer('POST', url, body), 400, 3);
  });
});
