// The proxy against an API that misbehaves: answers that never end, answers too large or bombs,
// answers that are not JSON. Each answer the page gets is bounded in time and size, and JSON.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ANSWER_BYTES, UPSTREAM_TIMEOUT_MS } from './proxy.mjs';
import { rawRequest, startProxy, startRawUpstream } from './test-helpers.mjs';

const KEYS = { publicKey: 'FAULTPUB', privateKey: 'fault-private-5e0b2a9c' };
const LIST = '/v1beta1/clusters/1379661944646413143/privateLinkConnections';
const own = { 'sec-fetch-site': 'same-origin' };

/** A garbage collection on demand, without starting node with --expose-gc. */
setFlagsFromString('--expose-gc');
const gc = /** @type {() => void} */ (runInNewContext('gc'));

const running = [];
afterEach(async () => {
  while (running.length) await running.pop()();
});

/** The proxy in front of an API that answers as `handle` says. */
async function setup(handle, options = {}) {
  const api = await startRawUpstream(handle);
  const proxy = await startProxy({ ...KEYS, apiBase: api.url, ...options });
  running.push(api.close, proxy.close);
  return proxy;
}

describe('timeouts that fire', () => {
  it('stays below the page’s own 15 s request timeout', () => {
    expect(UPSTREAM_TIMEOUT_MS).toBeLessThan(15_000);
    expect(UPSTREAM_TIMEOUT_MS).toBeGreaterThanOrEqual(5_000);
  });

  it.each([
    ['never answers', () => {}],
    ['sends headers, then a body that never ends', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"privateLinkConnections":[');
    }],
  ])('an API that %s: 504 on time, garbage collections or not', async (_name, handle) => {
    const s = await setup(handle, { timeoutMs: 400 });
    const collect = setInterval(gc, 25); // nodejs/node#57736: a composite timeout signal dies in a GC
    const started = Date.now();
    try {
      const res = await rawRequest(s.base, { path: LIST, headers: own, deadlineMs: 5_000 });
      expect(res.status).toBe(504);
      expect(JSON.parse(res.body)).toMatchObject({ code: 14 });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      clearInterval(collect);
    }
    expect(s.lines.at(-1)).toMatch(/ 504 \d+ms \(timeout\)$/);
  });
});

describe('bounded answers', () => {
  it('a large answer (streamed, no length): 502, not passed on', async () => {
    const chunk = Buffer.alloc(256 * 1024, 'x');
    const s = await setup((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"a":"');
      let sent = 0;
      const more = () => {
        while (sent < 64 && !res.destroyed) {
          sent += 1;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end('"}');
      };
      more();
    });
    const res = await rawRequest(s.base, { path: LIST, headers: own, deadlineMs: 10_000 });
    expect(res.status).toBe(502);
    expect(JSON.parse(res.body)).toMatchObject({ code: 14, message: expect.stringContaining(String(MAX_ANSWER_BYTES)) });
  });

  it('an answer that declares 400 MiB: 502 at once', async () => {
    const s = await setup((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(400 * 1024 * 1024) });
      res.write('{"a":"');
    });
    const res = await rawRequest(s.base, { path: LIST, headers: own, deadlineMs: 5_000 });
    expect(res.status).toBe(502);
  });

  it('a gzip bomb (64 MiB in 64 KiB): 502, decompressed no further than the cap', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(64 * 1024 * 1024, '0'), Buffer.from('"}')]), { level: 9 });
    expect(bomb.length).toBeLessThan(128 * 1024);
    const s = await setup((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': String(bomb.length) });
      res.end(bomb);
    });
    const res = await rawRequest(s.base, { path: LIST, headers: own, deadlineMs: 10_000 });
    expect(res.status).toBe(502);
    expect(res.raw.length).toBeLessThan(1024);
  });

  it('a compressed answer within the cap reaches the page decompressed', async () => {
    const json = JSON.stringify({ privateLinkConnections: [], totalSize: 0 });
    const s = await setup((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(json));
    });
    const res = await rawRequest(s.base, { path: LIST, headers: own });
    expect(res.status).toBe(200);
    expect(res.body).toBe(json);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('only JSON comes back as JSON', () => {
  it('a JSON answer keeps its type, with nosniff and a CSP that allows nothing', async () => {
    const s = await setup((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Ratelimit-Remaining-Minute': '99', 'Set-Cookie': 'a=1' });
      res.end('{"privateLinkConnections":[]}');
    });
    const res = await rawRequest(s.base, { path: LIST, headers: own });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(res.headers['x-ratelimit-remaining-minute']).toBe('99');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  const html = '<!doctype html><script>alert(document.cookie)</script>';
  it.each([
    [503, { 'Content-Type': 'text/html', 'Retry-After': '30' }, 503, 14],
    [429, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '7' }, 429, 8],
    [404, { 'Content-Type': 'text/plain' }, 404, 2],
    [200, { 'Content-Type': 'text/html' }, 502, 14],
    [200, { 'Content-Type': 'application/json' }, 502, 14], // says JSON, is not
    [200, {}, 502, 14],
  ])('%i %o: a JSON error with status %i (code %i), never the body', async (status, headers, expected, code) => {
    const s = await setup((_req, res) => {
      res.writeHead(status, headers);
      res.end(html);
    });
    const res = await rawRequest(s.base, { path: LIST, headers: own });
    expect(res.status).toBe(expected);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).not.toContain('<');
    expect(JSON.parse(res.body)).toMatchObject({ code, message: expect.stringContaining('not JSON') });
    if (headers['Retry-After']) expect(res.headers['retry-after']).toBe(headers['Retry-After']);
  });
});

describe('digest challenges the proxy will not answer', () => {
  it('a challenge without qop (RFC 2069): the 401 reaches the page, nothing is signed for it', async () => {
    const seen = [];
    const s = await setup((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Digest realm="tidb", nonce="n0nce", algorithm=MD5' });
      res.end('{"code":16,"message":"Unauthenticated"}');
    });
    const res = await rawRequest(s.base, { path: LIST, headers: own });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBeUndefined();
    expect(seen).toEqual([undefined]);
  });

  it('an MD5-only challenge with qop: answered', async () => {
    const seen = [];
    const s = await setup((req, res) => {
      seen.push(req.headers.authorization ?? '');
      if (!req.headers.authorization) {
        res.writeHead(401, { 'WWW-Authenticate': 'Digest realm="tidb", nonce="m5", qop="auth", algorithm=MD5' });
        return res.end();
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"privateLinkConnections":[]}');
    });
    expect((await rawRequest(s.base, { path: LIST, headers: own })).status).toBe(200);
    expect(seen[1]).toMatch(/^Digest .*algorithm=MD5, nonce="m5", nc=00000001, .*qop=auth/);
  });
});
