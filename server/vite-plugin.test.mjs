import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestGate } from './digest-gate.mjs';
import { rawRequest, startUpstream } from './test-helpers.mjs';

const PUBLIC = 'DEVPUB01';
const PRIVATE = 'dev-private-9b3e1f0a-77c4-4d2b-a0e5-1f2d3c4b5a69';
const C = '1379661944646413143';

/**
 * `npm start` with keys: the project's own vite.config.ts, the keys in the environment. (VITEST is
 * unset while the config loads: under vitest the config leaves the proxy out, so that unit tests run
 * on the mock even on a machine with keys in .env.local.)
 */
describe('the dev server with TiDB Cloud API keys set', () => {
  let api;
  let gate;
  let vite;
  let base;
  const saved = { ...process.env };
  beforeAll(async () => {
    api = await startUpstream((r) => (r.url.startsWith('/v1beta1/clusters?') ? { status: 200, body: { clusters: [], totalSize: 0 } } : undefined));
    gate = createDigestGate({ keys: { [PUBLIC]: PRIVATE }, upstream: api.url });
    const gateUrl = await gate.listen(0);
    Object.assign(process.env, { TIDBCLOUD_PUBLIC_KEY: PUBLIC, TIDBCLOUD_PRIVATE_KEY: PRIVATE, TIDBCLOUD_API_BASE: gateUrl });
    delete process.env.VITEST;
    try {
      vite = await createServer({
        configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
        root: fileURLToPath(new URL('..', import.meta.url)),
        server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
        logLevel: 'silent',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
    } finally {
      process.env.VITEST = saved.VITEST;
    }
    await vite.listen();
    base = `http://localhost:${vite.httpServer.address().port}`;
  }, 60_000);
  afterAll(async () => {
    await vite?.close();
    await gate?.close();
    await api?.close();
    for (const k of ['TIDBCLOUD_PUBLIC_KEY', 'TIDBCLOUD_PRIVATE_KEY', 'TIDBCLOUD_API_BASE']) if (saved[k] === undefined) delete process.env[k];
  });

  it('signs and forwards the page calls', async () => {
    const res = await rawRequest(base, { path: '/v1beta1/clusters?pageSize=100', headers: { 'sec-fetch-site': 'same-origin' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ clusters: [], totalSize: 0 });
    expect(gate.seen.map((r) => r.status)).toEqual([401, 200]);
  });

  it('refuses what the production server refuses, before signing', async () => {
    const before = gate.seen.length;
    const cases = [
      { method: 'DELETE', path: `/v1beta1/clusters/${C}`, headers: { origin: base } },
      { path: `/v1beta1/clusters/${C}/privateLinkConnections/../../${C}` },
      { method: 'POST', path: `/v1beta1/clusters/${C}/privateLinkConnections`, headers: { origin: 'http://localhost:1', 'content-type': 'text/plain' }, body: '{}' },
      { path: '/v1beta1/clusters', headers: { 'sec-fetch-site': 'cross-site' } },
      { path: '/v1beta1/clusters', headers: { host: 'rebind.attacker.example' } },
      { path: '/', headers: { host: '192.168.7.7' } },
    ];
    for (const c of cases) {
      const res = await rawRequest(base, c);
      expect(res.status, JSON.stringify(c)).toBe(403);
    }
    expect(gate.seen.length).toBe(before);
  });

  it('answers no CORS: a page on another local port can neither preflight nor read', async () => {
    const before = gate.seen.length;
    const foreign = 'http://127.0.0.1:8080';
    const preflight = await rawRequest(base, { method: 'OPTIONS', path: '/v1beta1/clusters?pageSize=100', headers: { origin: foreign, 'access-control-request-method': 'GET' } });
    expect(preflight.status).not.toBe(204);
    const read = await rawRequest(base, { path: '/v1beta1/clusters?pageSize=100', headers: { origin: foreign } });
    expect(read.status).toBe(403);
    const page = await rawRequest(base, { path: '/', headers: { origin: foreign } });
    for (const r of [preflight, read, page]) expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(gate.seen.length).toBe(before);
  });

  it('runs the page without the mock (VITE_MOCK_API is false) and never serves the key', async () => {
    const config = await rawRequest(base, { path: '/src/lib/config.ts' });
    expect(config.status).toBe(200);
    expect(config.body).toContain('"VITE_MOCK_API": "false"');
    for (const path of ['/', '/src/lib/config.ts', '/@vite/env']) {
      const res = await rawRequest(base, { path });
      expect(res.body).not.toContain(PRIVATE);
    }
  }, 30_000);
});

/** `npm run preview` without keys and API_UPSTREAM set: a build without the mock against `npm run api`. */
describe('vite preview with API_UPSTREAM and no keys', () => {
  it('forwards /v1beta1 unsigned to the upstream and serves pages under the CSP', async () => {
    const api = await startUpstream();
    const dist = mkdtempSync(join(tmpdir(), 'preview-upstream-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
    const saved = { ...process.env };
    for (const k of ['TIDBCLOUD_PUBLIC_KEY', 'TIDBCLOUD_PRIVATE_KEY']) process.env[k] = '';
    process.env.API_UPSTREAM = api.url;
    delete process.env.VITEST;
    let server;
    try {
      server = await preview({
        configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
        root: fileURLToPath(new URL('..', import.meta.url)),
        build: { outDir: dist },
        preview: { port: 0, host: '127.0.0.1' },
        logLevel: 'silent',
      });
    } finally {
      for (const k of ['TIDBCLOUD_PUBLIC_KEY', 'TIDBCLOUD_PRIVATE_KEY', 'API_UPSTREAM', 'VITEST']) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
    try {
      const base = `http://127.0.0.1:${server.httpServer.address().port}`;
      const res = await rawRequest(base, { path: `/v1beta1/clusters/${C}/privateLinkConnections?pageSize=10` });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ method: 'GET', url: `/v1beta1/clusters/${C}/privateLinkConnections?pageSize=10` });
      expect(api.requests[0].headers.authorization).toBeUndefined();
      const projects = await rawRequest(base, { path: '/iam/v1beta1/projects?pageSize=10' });
      expect(projects.status).toBe(200);
      expect(api.requests.at(-1).url).toBe('/v1beta1/projects?pageSize=10');
      const page = await rawRequest(base, { path: '/' });
      expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
      // It preloads the page's first reads, as npm run serve does (first-reads.mjs).
      expect(page.headers.link).toBe('</v1beta1/clusters?pageSize=100>; rel=preload; as=fetch; crossorigin');
      const networking = await rawRequest(base, { path: `/clusters/${C}/settings/networking?state=active` });
      expect(networking.status).toBe(200);
      expect(networking.headers.link).toContain(`</v1beta1/clusters/${C}/privateLinkConnections?pageSize=20&state=ACTIVE>; rel=preload`);
    } finally {
      await new Promise((r) => server.httpServer.close(r));
      await api.close();
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);
});

/** `vite preview` with keys: Vite installs its CORS before the plugins' preview hooks. */
describe('vite preview with TiDB Cloud API keys set', () => {
  it('answers no CORS on the API paths or the pages', async () => {
    const api = await startUpstream();
    const gate = createDigestGate({ keys: { [PUBLIC]: PRIVATE }, upstream: api.url });
    const gateUrl = await gate.listen(0);
    const dist = mkdtempSync(join(tmpdir(), 'preview-keys-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
    const saved = { ...process.env };
    Object.assign(process.env, { TIDBCLOUD_PUBLIC_KEY: PUBLIC, TIDBCLOUD_PRIVATE_KEY: PRIVATE, TIDBCLOUD_API_BASE: gateUrl, TIDBCLOUD_IAM_API_BASE: gateUrl });
    delete process.env.VITEST;
    let server;
    try {
      server = await preview({
        configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
        root: fileURLToPath(new URL('..', import.meta.url)),
        build: { outDir: dist },
        preview: { port: 0, host: '127.0.0.1' },
        logLevel: 'silent',
      });
    } finally {
      for (const k of ['TIDBCLOUD_PUBLIC_KEY', 'TIDBCLOUD_PRIVATE_KEY', 'TIDBCLOUD_API_BASE', 'TIDBCLOUD_IAM_API_BASE', 'VITEST']) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
    try {
      const base = `http://localhost:${server.httpServer.address().port}`;
      const foreign = 'http://127.0.0.1:8080';
      const own = await rawRequest(base, { path: '/iam/v1beta1/projects?pageSize=100', headers: { 'sec-fetch-site': 'same-origin' } });
      expect(own.status).toBe(200);
      expect(api.requests.at(-1).url).toBe('/v1beta1/projects?pageSize=100');
      const seen = gate.seen.length;
      const preflight = await rawRequest(base, { method: 'OPTIONS', path: '/v1beta1/clusters', headers: { origin: foreign, 'access-control-request-method': 'GET' } });
      expect(preflight.status).not.toBe(204);
      const read = await rawRequest(base, { path: '/v1beta1/clusters?pageSize=100', headers: { origin: foreign } });
      expect(read.status).toBe(403);
      const page = await rawRequest(base, { path: '/', headers: { origin: foreign } });
      for (const r of [preflight, read, page]) expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      expect(gate.seen.length).toBe(seen);
    } finally {
      await new Promise((r) => server.httpServer.close(r));
      await gate.close();
      await api.close();
      rmSync(dist, { recursive: true, force: true });
    }
  }, 60_000);
});
