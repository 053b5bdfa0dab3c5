import { createServer, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createDigestGate } from './digest-gate.mjs';
import { createProxy } from './proxy.mjs';
import { close, listen, rawRequest, startUpstream } from './test-helpers.mjs';

const PUBLIC = 'PUBKEY01';
const PRIVATE = 'PRIVATE-0d6c1b44-2f6e-4b1e-8a53-5c7a4e0c2d19';
const C = '1379661944646413143';
const LIST = `/v1beta1/clusters/${C}/privateLinkConnections`;

/** A proxy server in front of a digest gate in front of a recording API; `key` may be wrong. */
async function setup({ key = PRIVATE, ratePerMinute = 1000, apiBase } = {}) {
  const api = await startUpstream();
  const gate = createDigestGate({ keys: { [PUBLIC]: PRIVATE }, upstream: api.url, algorithm: 'SHA-256', ratePerMinute });
  const gateUrl = await gate.listen(0);
  const lines = [];
  const proxy = createProxy({ publicKey: PUBLIC, privateKey: key, apiBase: apiBase ?? gateUrl, iamApiBase: apiBase ?? gateUrl, log: (l) => lines.push(l), allowedHosts: ['console.example.com'] });
  let pages = 0;
  const server = createServer((req, res) =>
    proxy.middleware(req, res, () => {
      pages += 1;
      res.end('<!doctype html>page');
    }),
  );
  const port = await listen(server);
  const base = `http://localhost:${port}`;
  return {
    base,
    api,
    gate,
    lines,
    pages: () => pages,
    own: { origin: base, 'sec-fetch-site': 'same-origin' },
    close: async () => {
      await close(server);
      await gate.close();
      await api.close();
    },
  };
}

describe('the signing proxy', () => {
  let s;
  beforeAll(async () => (s = await setup()));
  afterAll(() => s.close());

  // These two start a proxy of their own: they count what reached the API and what was logged.
  it('signs and forwards the page calls, passing back status, body and only safe headers', async () => {
    const s = await setup();
    onTestFinished(() => s.close());
    const list = await rawRequest(s.base, { path: `${LIST}?pageSize=100`, headers: { ...s.own, cookie: 'session=1', authorization: 'Basic eDp5' } });
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body)).toEqual({ method: 'GET', url: `${LIST}?pageSize=100`, body: '' });
    expect(list.headers['cache-control']).toBe('no-store');
    expect(list.headers['www-authenticate']).toBeUndefined();
    const upstreamSaw = s.api.requests.at(-1);
    expect(upstreamSaw.headers.cookie).toBeUndefined();
    expect(upstreamSaw.headers.authorization).toBeUndefined(); // the gate checked it and took it off

    const body = JSON.stringify({ privateLinkConnection: { displayName: 'x' } });
    const created = await rawRequest(s.base, { method: 'POST', path: LIST, headers: { ...s.own, 'content-type': 'application/json', 'content-length': String(body.length) }, body });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ method: 'POST', body });
    const deleted = await rawRequest(s.base, { method: 'DELETE', path: `${LIST}/plc-1`, headers: s.own });
    expect(deleted.status).toBe(200);
    // the digest gate saw the first challenge, then only signed calls
    expect(s.gate.seen.map((r) => r.status)).toEqual([401, 200, 200, 200]);
  });

  it('writes one audit line per forwarded call, without key, Authorization or body', async () => {
    const s = await setup();
    onTestFinished(() => s.close());
    const body = JSON.stringify({ privateLinkConnection: { displayName: 'x' } });
    await rawRequest(s.base, { path: `${LIST}?pageSize=100`, headers: { ...s.own, authorization: 'Basic eDp5' } });
    await rawRequest(s.base, { method: 'POST', path: LIST, headers: { ...s.own, 'content-type': 'application/json', 'content-length': String(body.length) }, body });
    await rawRequest(s.base, { method: 'DELETE', path: `${LIST}/plc-1`, headers: s.own });
    const forwarded = s.lines.filter((l) => !l.includes('refused'));
    expect(forwarded).toHaveLength(3);
    expect(forwarded[0]).toMatch(new RegExp(`^\\[tidbcloud-proxy\\] \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z GET ${LIST} 200 \\d+ms$`));
    expect(forwarded[1]).toMatch(/ POST .* 200 \d+ms$/);
    for (const line of s.lines) {
      expect(line).not.toContain(PRIVATE);
      expect(line).not.toContain(PUBLIC);
      expect(line).not.toMatch(/digest|authorization|displayName/i);
    }
  });

  const attacks = [
    ['DELETE a whole cluster', { method: 'DELETE', path: `/v1beta1/clusters/${C}` }],
    ['climb with ..', { method: 'DELETE', path: `${LIST}/../../${C}` }],
    ['climb with an encoded slash', { method: 'DELETE', path: `${LIST}/x%2F..%2F..%2F${C}` }],
    ['climb with an encoded backslash', { method: 'DELETE', path: `${LIST}/x%5c..%5c..` }],
    ['a double slash', { path: `/v1beta1/clusters//${C}` }],
    ['an unknown query parameter', { path: `${LIST}?pageSize=1&x=1` }],
    ['a path the page never calls', { path: `/v1beta1/clusters/${C}/sqlUsers` }],
    ['a cross-site read', { path: LIST, headers: { 'sec-fetch-site': 'cross-site' } }],
    ['a same-site read (another port)', { path: LIST, headers: { 'sec-fetch-site': 'same-site' } }],
    ['a cross-site form post', { method: 'POST', path: LIST, headers: { origin: 'http://attacker.example', 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' }, body: '{"privateLinkConnection":{}}' }],
    ['a no-cors post from another port', { method: 'POST', path: LIST, headers: { origin: 'http://localhost:1', 'content-type': 'text/plain', 'sec-fetch-site': 'same-site' }, body: '{}' }],
    ['a post without Origin', { method: 'POST', path: LIST, headers: { 'content-type': 'application/json' }, body: '{}' }],
    ['a read from a page on another port (Origin)', { path: LIST, headers: { origin: 'http://127.0.0.1:8080' } }],
    ['a read from a page on another port (Referer)', { path: LIST, headers: { referer: 'http://127.0.0.1:8080/evil.html' } }],
    ['a read with Origin null', { path: LIST, headers: { origin: 'null' } }],
    ['an ID the API never hands out', { path: `/v1beta1/clusters/${C}/privateLinkConnections/~root` }],
    ['a cluster ID that is not digits', { path: '/v1beta1/clusters/-' }],
    ['a smuggled query value', { path: `${LIST}?pageSize=1;clusterId=x` }],
    ['a write to the account API', { method: 'POST', path: '/iam/v1beta1/projects', headers: { 'content-type': 'application/json' }, own: true, body: '{}' }],
    ['another account API path', { path: '/iam/v1beta1/clusters/1/sqlUsers' }],
    ['a preflight', { method: 'OPTIONS', path: LIST, headers: { origin: 'http://127.0.0.1:8080', 'access-control-request-method': 'GET' } }],
    ['a post from its own origin as a form', { method: 'POST', path: LIST, headers: { 'content-type': 'application/x-www-form-urlencoded' }, own: true, body: 'a=1' }],
    ['a detach without JSON', { method: 'POST', path: `${LIST}/p:detachDomains`, headers: { 'content-type': 'text/plain' }, own: true, body: '{}' }],
  ];
  it.each(attacks)('refuses %s with 403 code 7, never signing or forwarding it', async (_name, r) => {
    const before = s.gate.seen.length;
    const headers = { ...(r.own ? { origin: s.base } : {}), ...r.headers, ...(r.body ? { 'content-length': String(r.body.length) } : {}) };
    const res = await rawRequest(s.base, { ...r, headers });
    expect(res.status).toBe(403);
    const body = JSON.parse(res.body);
    expect(body.code).toBe(7);
    expect(body.message).toMatch(/not a call this console makes$/);
    expect(s.gate.seen.length).toBe(before);
    expect(s.lines.at(-1)).toMatch(/ 403 \d+ms refused \(/);
  });

  it.each(['attacker.example', 'rebind.attacker.example:4180', '192.168.1.20'])('refuses the Host %s on API paths and pages alike', async (host) => {
    const before = s.gate.seen.length;
    const pages = s.pages();
    for (const path of [LIST, '/', '/index.html']) {
      const res = await rawRequest(s.base, { path, headers: { host } });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).code).toBe(7);
    }
    expect(s.gate.seen.length).toBe(before);
    expect(s.pages()).toBe(pages);
    const named = await rawRequest(s.base, { path: '/', headers: { host: 'console.example.com' } });
    expect(named.status).toBe(200);
  });

  it('answers the page’s reads with its own Referer, and never with CORS headers', async () => {
    const res = await rawRequest(s.base, { path: `${LIST}?pageSize=10`, headers: { referer: `${s.base}/clusters/${C}/settings/networking` } });
    expect(res.status).toBe(200);
    const foreign = await rawRequest(s.base, { path: `${LIST}?pageSize=10`, headers: { origin: 'http://127.0.0.1:8080' } });
    expect(foreign.status).toBe(403);
    for (const r of [res, foreign]) expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('forwards the migrations list and the account API’s projects (as /v1beta1/projects), with their documented query', async () => {
    const migrations = await rawRequest(s.base, { path: `/v1beta1/clusters/${C}/migrations?pageSize=10&pageToken=t1&orderBy=createTime+desc`, headers: s.own });
    expect(migrations.status).toBe(200);
    expect(s.api.requests.at(-1).url).toBe(`/v1beta1/clusters/${C}/migrations?pageSize=10&pageToken=t1&orderBy=createTime+desc`);
    const projects = await rawRequest(s.base, { path: '/iam/v1beta1/projects?pageSize=100&pageToken=abc%3D', headers: s.own });
    expect(projects.status).toBe(200);
    expect(s.api.requests.at(-1).url).toBe('/v1beta1/projects?pageSize=100&pageToken=abc%3D');
    for (const path of ['/iam/v1beta1/projects?orderBy=x', '/iam/v1beta1/projects/1', '/iam/customerSignupUrl', `/v1beta1/clusters/${C}/migrations/m-1`]) {
      expect((await rawRequest(s.base, { path, headers: s.own })).status, path).toBe(403);
    }
    expect((await rawRequest(s.base, { method: 'POST', path: `/v1beta1/clusters/${C}/migrations`, headers: { ...s.own, 'content-type': 'application/json', 'content-length': '2' }, body: '{}' })).status).toBe(403);
  });

  it('answers 413 as soon as a body passes 64 KiB, without waiting for the rest', async () => {
    const before = s.gate.seen.length;
    const url = new URL(s.base);
    const answer = await new Promise((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, method: 'POST', path: LIST, headers: { ...s.own, 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        resolve(res.statusCode);
        req.destroy();
      });
      req.on('error', () => {});
      req.write(`{"a":"${'x'.repeat(70 * 1024)}`); // and never ends
      setTimeout(() => reject(new Error('no answer while the body was still coming')), 3000).unref();
    });
    expect(answer).toBe(413);
    expect(s.gate.seen.length).toBe(before);
  });

  it('refuses a body over 64 KiB without forwarding it', async () => {
    const before = s.gate.seen.length;
    const body = `{"a":"${'x'.repeat(70 * 1024)}"}`;
    const res = await rawRequest(s.base, { method: 'POST', path: LIST, headers: { ...s.own, 'content-type': 'application/json', 'content-length': String(body.length) }, body });
    expect(res.status).toBe(413);
    expect(s.gate.seen.length).toBe(before);
  });
});

describe('the API base', () => {
  it.each(['http://10.0.0.5:4711', 'http://api.example.com', 'ftp://127.0.0.1', 'https://user:pw@serverless.tidbapi.com'])('refuses %s', (apiBase) => {
    expect(() => createProxy({ publicKey: PUBLIC, privateKey: PRIVATE, apiBase, log: () => {} })).toThrow(/TIDBCLOUD_API_BASE/);
    expect(() => createProxy({ publicKey: PUBLIC, privateKey: PRIVATE, iamApiBase: apiBase, log: () => {} })).toThrow(/TIDBCLOUD_IAM_API_BASE/);
  });
  it.each(['https://serverless.tidbapi.com', 'http://127.0.0.1:4711', 'http://localhost:4711', 'http://[::1]:4711'])('takes %s', (apiBase) => {
    expect(createProxy({ publicKey: PUBLIC, privateKey: PRIVATE, apiBase, iamApiBase: apiBase, log: () => {} }).apiBase).toBe(new URL(apiBase).toString());
  });
  it('takes a plain http:// base off this machine only when told to', () => {
    expect(createProxy({ publicKey: PUBLIC, privateKey: PRIVATE, apiBase: 'http://10.0.0.5:4711', allowHttpApiBase: true, log: () => {} }).apiBase).toBe('http://10.0.0.5:4711/');
  });
  it('sends the account API to https://iam.tidbapi.com unless told otherwise', () => {
    expect(createProxy({ publicKey: PUBLIC, privateKey: PRIVATE, log: () => {} }).iamApiBase).toBe('https://iam.tidbapi.com/');
  });
});

describe('real-world answers reach the page unchanged', () => {
  it('a wrong key: 401 with its body, without the WWW-Authenticate that would open the browser\u2019s login box', async () => {
    const s = await setup({ key: 'not-the-private-key' });
    const res = await rawRequest(s.base, { path: `${LIST}?pageSize=100`, headers: s.own });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ code: 16 });
    expect(res.headers['www-authenticate']).toBeUndefined();
    expect(s.api.requests).toHaveLength(0);
    expect(s.lines.at(-1)).toMatch(/ GET .* 401 \d+ms$/);
    await s.close();
  });

  it('429 past the key’s budget (challenge included): the proxy answers it with Retry-After and sends nothing', async () => {
    const s = await setup({ ratePerMinute: 3 });
    const statuses = [];
    let last;
    for (let i = 0; i < 3; i += 1) {
      last = await rawRequest(s.base, { path: LIST, headers: s.own });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(last.body)).toMatchObject({ code: 8 });
    expect(s.gate.seen.map((r) => r.status)).toEqual([401, 200, 200]);
    expect(s.api.requests).toHaveLength(2);
    await s.close();
  });

  it('an API that cannot be reached: 502 with a JSON error', async () => {
    const s = await setup({ apiBase: 'http://127.0.0.1:9' });
    const res = await rawRequest(s.base, { path: LIST, headers: s.own });
    expect(res.status).toBe(502);
    expect(JSON.parse(res.body)).toMatchObject({ code: 14 });
    await s.close();
  });
});
