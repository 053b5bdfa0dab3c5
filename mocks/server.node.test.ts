import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, responseProblems } from '@/contract/openapi/validator';
import { AWS_CLUSTER_ID, createRequestBody, SEED_ACTIVE_ID } from './seed';
import { createApiServer, type ApiServer } from './server';

const dir = mkdtempSync(join(tmpdir(), 'plc-api-'));
const servers: ApiServer[] = [];
async function start(opts: Parameters<typeof createApiServer>[0] = {}) {
  const s = await createApiServer(opts);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const create = (base: string, displayName: string) =>
  fetch(`${base}/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(createRequestBody(displayName)),
  });

beforeAll(loadSpec, 60_000);

describe('the mocked API over HTTP (real sockets)', () => {
  it('answers the same handlers on 127.0.0.1, its answers fitting the published spec', async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const list = `${url}/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`;
    const res = await fetch(list);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.totalSize).toBe(2);
    expect(responseProblems('GET', list, 200, body)).toEqual([]);
    const zones = await fetch(`${list}:getAvailabilityZones`);
    expect(await zones.json()).toMatchObject({ azIds: ['use1-az1', 'use1-az2', 'use1-az4'] });
    const created = await create(url, 'over-http');
    expect(created.status).toBe(200);
    const first = await created.json();
    expect(first).toMatchObject({ state: 'CREATING', displayName: 'over-http' });
    // the spec promises no unique display names: a second `over-http` is another connection
    const again = await create(url, 'over-http');
    expect(again.status).toBe(200);
    expect((await again.json()).privateLinkConnectionId).not.toBe(first.privateLinkConnectionId);
    const feeds = await (await fetch(`${url}/v1beta1/clusters/${AWS_CLUSTER_ID}/changefeeds`)).json();
    expect(feeds.changefeeds.map((f: { displayName: string }) => f.displayName).sort()).toEqual(['orders-to-kafka', 'orders-to-rds']);
    const unknown = await fetch(`${url}/v1beta1/nothing`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 5 });
  });

  it('keeps its state in a file across restarts', async () => {
    const stateFile = join(dir, 'state.json');
    const first = await start({ stateFile });
    expect((await create(first.url, 'kept')).status).toBe(200);
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toHaveProperty(['plc-mock-db-v2']);
    await first.close();
    servers.length = 0;
    const second = await start({ stateFile });
    const body = await (await fetch(`${second.url}/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections`)).json();
    expect(body.privateLinkConnections.map((c: { displayName: string }) => c.displayName)).toContain('kept');
  });

  it('waits latencyMs before answering', async () => {
    const { url } = await start({ latencyMs: 300 });
    const t0 = performance.now();
    await fetch(`${url}/v1beta1/clusters/${AWS_CLUSTER_ID}`);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('runs `before` first on every request (e.g. an auth check), which may answer itself', async () => {
    const seen: string[] = [];
    const { url } = await start({
      before: (req, res, next) => {
        seen.push(`${req.method} ${req.url}`);
        if (req.headers.authorization !== 'Digest ok') {
          res.writeHead(401, { 'WWW-Authenticate': 'Digest realm="test"' });
          res.end();
          return;
        }
        next();
      },
    });
    const path = `/v1beta1/clusters/${AWS_CLUSTER_ID}/privateLinkConnections/${SEED_ACTIVE_ID}`;
    expect((await fetch(`${url}${path}`)).status).toBe(401);
    const ok = await fetch(`${url}${path}`, { headers: { Authorization: 'Digest ok' } });
    expect(ok.status).toBe(200);
    expect((await ok.json()).attachedDomains).toHaveLength(1);
    expect(seen).toEqual([`GET ${path}`, `GET ${path}`]);
  });
});
