import { beforeAll, describe, expect, it } from 'vitest';
import { ALICLOUD_CLUSTER_ID, AWS_CLUSTER_ID, SEED_ACTIVE_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { attachDomains } from '@/features/private-link/api/attach-domains';
import { createConnection } from '@/features/private-link/api/create-connection';
import { deleteConnection } from '@/features/private-link/api/delete-connection';
import { detachDomains } from '@/features/private-link/api/detach-domains';
import { listAllProjects } from '@/features/projects/api/list-projects';
import { listAllMigrations } from '@/features/usage/api/list-migrations';
import { findOperation, loadSpec, requestProblems, responseProblems } from './validator';

/**
 * Every write call, made by the client's own functions (against the Node mock), and the request
 * that reached the API checked against TiDB Cloud's published spec: method and path exist, the
 * body fits the operation's schema, nothing the server sets (readOnly) is sent.
 */
async function sent(call: () => Promise<unknown>) {
  const before = db.requests.length;
  await call();
  const reached = db.requests.slice(before);
  expect(reached).toHaveLength(1);
  const r = reached[0]!;
  const body: unknown = r.body === undefined ? undefined : JSON.parse(r.body);
  return { method: r.method, url: r.url, body, problems: requestProblems(r.method, r.url, body) };
}

const AWS_SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60789';
const SEED_ATTACH_ID = 'ad-3c5e7g9i1k3m5o7q';

beforeAll(loadSpec, 60_000);

describe('the client’s requests fit the published spec', () => {
  it('Create on AWS, with clusterId inside privateLinkConnection as the spec requires', async () => {
    const r = await sent(() =>
      createConnection({ clusterId: AWS_CLUSTER_ID, displayName: 'orders-aws', type: 'AWS_ENDPOINT_SERVICE', endpointServiceName: AWS_SERVICE }),
    );
    expect(r.problems).toEqual([]);
    expect(r.body).toEqual({
      privateLinkConnection: { clusterId: AWS_CLUSTER_ID, displayName: 'orders-aws', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: AWS_SERVICE } },
    });
  });

  it('Create on Alibaba Cloud', async () => {
    const name = 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0a1b2c3d4e5f6g7h8';
    const r = await sent(() =>
      createConnection({ clusterId: ALICLOUD_CLUSTER_ID, displayName: 'orders-ali', type: 'ALICLOUD_ENDPOINT_SERVICE', endpointServiceName: name }),
    );
    expect(r.problems).toEqual([]);
    expect(r.body).toMatchObject({ privateLinkConnection: { clusterId: ALICLOUD_CLUSTER_ID, alicloudEndpointService: { name } } });
  });

  it('Create on AWS with the endpoint service in another region (awsEndpointService.region)', async () => {
    const name = 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d4e5f60789';
    const r = await sent(() =>
      createConnection({
        clusterId: AWS_CLUSTER_ID,
        displayName: 'orders-west',
        type: 'AWS_ENDPOINT_SERVICE',
        endpointServiceName: name,
        endpointServiceRegion: 'us-west-2',
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.body).toMatchObject({ privateLinkConnection: { awsEndpointService: { name, region: 'us-west-2' } } });
  });

  it('Attach TiDB Cloud Managed domains: the dry run (validateOnly), then the attachment', async () => {
    const dry = await sent(() =>
      attachDomains({ clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID, type: 'TIDBCLOUD_MANAGED', uniqueName: '', validateOnly: true }),
    );
    expect(dry.problems).toEqual([]);
    expect(dry.body).toMatchObject({ validateOnly: true, attachDomain: { type: 'TIDBCLOUD_MANAGED' } });
    const real = await sent(() =>
      attachDomains({ clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID, type: 'TIDBCLOUD_MANAGED', uniqueName: 'abcdefghijklmnopqrstuvwxyz' }),
    );
    expect(real.problems).toEqual([]);
    expect(real.url).toMatch(/privateLinkConnections\/plc-[a-z0-9]+:attachDomains$/);
  });

  it('Attach Confluent domains', async () => {
    const r = await sent(() =>
      attachDomains({ clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID, type: 'CONFLUENT', uniqueName: 'domnprzqrog.us-east-1' }),
    );
    expect(r.problems).toEqual([]);
    expect(r.body).toMatchObject({ attachDomain: { type: 'CONFLUENT', uniqueName: 'domnprzqrog.us-east-1' } });
  });

  it('Detach domains', async () => {
    const r = await sent(() => detachDomains({ clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID, attachDomainId: SEED_ATTACH_ID }));
    expect(r.problems).toEqual([]);
    expect(r.body).toEqual({ attachDomainId: SEED_ATTACH_ID });
  });

  it('Delete (no body)', async () => {
    const r = await sent(() => deleteConnection({ clusterId: AWS_CLUSTER_ID, connectionId: SEED_ACTIVE_ID }));
    expect(r).toMatchObject({ method: 'DELETE', body: undefined, problems: [] });
  });

  it('the check is not blind: a body without clusterId, with a readOnly field or a wrong type fails', () => {
    const url = `/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`;
    const body = (extra: object) => ({ privateLinkConnection: { displayName: 'x', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: AWS_SERVICE }, ...extra } });
    expect(requestProblems('POST', url, body({})).join()).toMatch(/required property 'clusterId'/);
    expect(requestProblems('POST', url, body({ clusterId: '1', privateLinkConnectionId: 'plc-1' })).join()).toMatch(/privateLinkConnectionId is readOnly/);
    expect(requestProblems('POST', url, body({ clusterId: '1', type: 'GCP' })).join()).toMatch(/allowed values/);
    expect(requestProblems('POST', `${url}/plc-1:detachDomains`, {}).join()).toMatch(/attachDomainId/);
    expect(responseProblems('GET', url, 200, { privateLinkConnections: [{ displayName: 'x' }] }).join()).toMatch(/clusterId/);
    expect(() => requestProblems('POST', `${url}/plc-1:renameDomains`, {})).toThrow(/not an operation/);
  });
});

/** The query parameters an operation documents. */
const documented = (method: string, url: string) =>
  ((findOperation(method, url).op.parameters as { in: string; name: string }[] | undefined) ?? []).filter((p) => p.in === 'query').map((p) => p.name);

describe('the client’s new reads fit the published spec', () => {
  it('migrations: GET /v1beta1/clusters/{clusterId}/migrations, paged with the documented parameters only', async () => {
    const before = db.requests.length;
    await listAllMigrations(AWS_CLUSTER_ID);
    const [r] = db.requests.slice(before);
    expect(findOperation(r!.method, r!.url).template).toBe('/v1beta1/clusters/{clusterId}/migrations');
    expect([...new URL(r!.url).searchParams.keys()].every((k) => documented(r!.method, r!.url).includes(k))).toBe(true);
    expect(new URL(r!.url).searchParams.get('pageSize')).toBe('100');
  });

  it('projects: the account API’s GET /v1beta1/projects, asked at /iam on the page’s origin, documented parameters only', async () => {
    const before = db.requests.length;
    await listAllProjects();
    const [r] = db.requests.slice(before);
    expect(new URL(r!.url).pathname).toBe('/iam/v1beta1/projects');
    expect(findOperation(r!.method, r!.url)).toMatchObject({ doc: 'iam', template: '/v1beta1/projects' });
    expect([...new URL(r!.url).searchParams.keys()].every((k) => documented(r!.method, r!.url).includes(k))).toBe(true);
  });
});
