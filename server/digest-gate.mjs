// @ts-check
/**
 * A digest-protected front for a local copy of TiDB Cloud's API (tests and demos only): every request
 * must carry HTTP Digest authentication (RFC 7616) for one of the configured keys, as TiDB Cloud asks
 * it: `401` with `WWW-Authenticate: Digest realm=…, nonce=…, qop="auth", algorithm=…`, and a per-key
 * limit of requests per minute answered with `X-Ratelimit-*` headers and `429` past it. Authenticated
 * requests go to `upstream` (the HTTP-served mock) without their Authorization header.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import { digestResponse, parseAuthHeader } from './digest.mjs';

/**
 * @typedef {{ method: string, path: string, status: number, user?: string }} SeenRequest
 * @param {{ keys: Record<string, string>, upstream: string, algorithm?: string, realm?: string,
 *   nonceTtlMs?: number, ratePerMinute?: number }} options
 */
export function createDigestGate(options) {
  const algorithm = options.algorithm ?? 'MD5';
  const realm = options.realm ?? 'tidbcloud';
  const nonceTtlMs = options.nonceTtlMs ?? 5 * 60_000;
  const ratePerMinute = options.ratePerMinute ?? 100;
  const upstream = new URL(options.upstream);
  /** @type {Map<string, { issued: number, seen: Set<string> }>} */
  const nonces = new Map();
  /** @type {Map<string, { windowStart: number, count: number }>} */
  const usage = new Map();
  /** Every request that reached the gate, for tests to count. @type {SeenRequest[]} */
  const seen = [];

  const challenge = (stale = false) => {
    const nonce = randomBytes(24).toString('base64url');
    nonces.set(nonce, { issued: Date.now(), seen: new Set() });
    return `Digest realm="${realm}", nonce="${nonce}", qop="auth", algorithm=${algorithm}${stale ? ', stale=true' : ''}`;
  };

  /** @param {import('node:http').IncomingMessage} req @returns {{ user?: string, stale?: boolean }} */
  const verify = (req) => {
    const header = req.headers.authorization;
    const c = header ? parseAuthHeader(header)[0] : undefined;
    if (!c || c.scheme.toLowerCase() !== 'digest') return {};
    const p = c.params;
    const password = Object.hasOwn(options.keys, p.username ?? '') ? options.keys[p.username] : undefined;
    const state = nonces.get(p.nonce ?? '');
    if (password === undefined || p.realm !== realm || p.uri !== req.url) return {};
    if ((p.algorithm ?? 'MD5').toUpperCase() !== algorithm.toUpperCase()) return {};
    if (p.qop !== 'auth' || !/^[0-9a-f]{8}$/i.test(p.nc ?? '') || !p.cnonce || !p.response) return {};
    if (!state) return { stale: true };
    const expected = digestResponse({ algorithm, username: p.username, realm, password, method: req.method ?? 'GET', uri: p.uri, nonce: p.nonce, nc: p.nc, cnonce: p.cnonce, qop: 'auth' });
    const given = Buffer.from(p.response.toLowerCase());
    if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return {};
    if (Date.now() - state.issued > nonceTtlMs) return { stale: true };
    if (state.seen.has(p.nc.toLowerCase())) return {}; // a replayed count
    state.seen.add(p.nc.toLowerCase());
    return { user: p.username };
  };

  /** @param {string} user @returns {Record<string, string> & { limited?: boolean }} */
  const rateLimit = (user) => {
    const now = Date.now();
    let u = usage.get(user);
    if (!u || now - u.windowStart >= 60_000) usage.set(user, (u = { windowStart: now, count: 0 }));
    u.count += 1;
    const reset = Math.ceil((u.windowStart + 60_000 - now) / 1000);
    const headers = {
      'X-Ratelimit-Limit-Minute': String(ratePerMinute),
      'X-Ratelimit-Remaining-Minute': String(Math.max(0, ratePerMinute - u.count)),
      'X-Ratelimit-Reset': String(reset),
    };
    return u.count > ratePerMinute ? { ...headers, 'Retry-After': String(reset), limited: 'true' } : headers;
  };

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {Record<string, string>} headers @param {object} body */
  const answer = (res, status, headers, body) => {
    res.writeHead(status, { ...headers, 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/__gate/requests') return answer(res, 200, {}, seen);
    const { user, stale } = verify(req);
    if (!user) {
      seen.push({ method: req.method ?? '', path, status: 401 });
      req.resume();
      return answer(res, 401, { 'WWW-Authenticate': challenge(stale) }, { code: 16, message: 'Unauthenticated: the API key is missing or wrong', details: [] });
    }
    const { limited, ...limitHeaders } = rateLimit(user);
    if (limited) {
      seen.push({ method: req.method ?? '', path, status: 429, user });
      req.resume();
      return answer(res, 429, limitHeaders, { code: 8, message: 'Rate limit exceeded: 100 requests per minute per API key', details: [] });
    }
    const headers = { ...req.headers, host: upstream.host };
    delete headers.authorization;
    const up = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (upRes) => {
      seen.push({ method: req.method ?? '', path, status: upRes.statusCode ?? 502, user });
      res.writeHead(upRes.statusCode ?? 502, { ...upRes.headers, ...limitHeaders });
      upRes.pipe(res);
    });
    up.on('error', () => answer(res, 502, {}, { code: 14, message: 'the local API behind the digest gate is not running' }));
    req.pipe(up);
  });

  return {
    server,
    seen,
    /** @param {number} port @param {string} [host] @returns {Promise<string>} the gate's base URL */
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const a = /** @type {import('node:net').AddressInfo} */ (server.address());
          resolve(`http://${host}:${a.port}`);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
