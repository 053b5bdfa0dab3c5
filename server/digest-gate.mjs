// @ts-check
/**
 * A digest-protected front for a local copy of TiDB Cloud's API (tests and demos only): every request
 * must carry HTTP Digest authentication (RFC 7616) for one of the configured keys, as TiDB Cloud asks
 * it: `401` with `WWW-Authenticate: Digest realm=…, nonce=…, qop="auth", algorithm=…`, and a per-key
 * limit of requests per minute answered with `X-Ratelimit-*` headers and `429` past it.
 * `createDigestAuth` is the check as a `before(req, res, next)` hook (mocks/server.ts's
 * createApiServer takes one); `createDigestGate` is a server in front of another local API.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import { digestResponse, parseAuthHeader } from './digest.mjs';

/**
 * @typedef {{ method: string, path: string, status: number, user?: string }} SeenRequest
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {{ keys: Record<string, string>, algorithm?: string, realm?: string, nonceTtlMs?: number,
 *   ratePerMinute?: number, latencyMs?: number }} DigestAuthOptions (latencyMs: before each answer, as a network would)
 * @param {DigestAuthOptions} options
 */
export function createDigestAuth(options) {
  const algorithm = options.algorithm ?? 'MD5';
  const realm = options.realm ?? 'tidbcloud';
  const nonceTtlMs = options.nonceTtlMs ?? 5 * 60_000;
  let ratePerMinute = options.ratePerMinute ?? 100;
  /** @type {Map<string, { issued: number, seen: Set<string> }>} */
  const nonces = new Map();
  /** @type {Map<string, { windowStart: number, count: number }>} */
  const usage = new Map();
  /** Every request that reached the API, with the status it was answered, for tests to count. @type {SeenRequest[]} */
  const seen = [];

  const challenge = (stale = false) => {
    const nonce = randomBytes(24).toString('base64url');
    nonces.set(nonce, { issued: Date.now(), seen: new Set() });
    return `Digest realm="${realm}", nonce="${nonce}", qop="auth", algorithm=${algorithm}${stale ? ', stale=true' : ''}`;
  };

  /** @param {Req} req @returns {{ user?: string, stale?: boolean }} */
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

  /** @param {string} user @returns {{ headers: Record<string, string>, limited: boolean }} */
  const rateLimit = (user) => {
    const now = Date.now();
    let u = usage.get(user);
    if (!u || now - u.windowStart >= 60_000) usage.set(user, (u = { windowStart: now, count: 0 }));
    u.count += 1;
    const reset = String(Math.ceil((u.windowStart + 60_000 - now) / 1000));
    const headers = {
      'X-Ratelimit-Limit-Minute': String(ratePerMinute),
      'X-Ratelimit-Remaining-Minute': String(Math.max(0, ratePerMinute - u.count)),
      'X-Ratelimit-Reset': reset,
    };
    const limited = u.count > ratePerMinute;
    return { headers: limited ? { ...headers, 'Retry-After': reset } : headers, limited };
  };

  /** @param {Res} res @param {number} status @param {Record<string, string>} headers @param {object} body */
  const answer = (res, status, headers, body) => {
    res.writeHead(status, { ...headers, 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  /**
   * The check: a 401 challenge, a 429 past the limit, or on to `next()` without the Authorization
   * header and with the X-Ratelimit-* headers set.
   * @param {Req} req @param {Res} res @param {() => void} next
   */
  const before = (req, res, next) => {
    if (options.latencyMs) return void setTimeout(() => check(req, res, next), options.latencyMs);
    check(req, res, next);
  };

  /** @param {Req} req @param {Res} res @param {() => void} next */
  const check = (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0];
    const { user, stale } = verify(req);
    res.on('finish', () => seen.push({ method: req.method ?? '', path, status: res.statusCode, user }));
    if (!user) {
      req.resume();
      return answer(res, 401, { 'WWW-Authenticate': challenge(stale) }, { code: 16, message: 'Unauthenticated: the API key is missing or wrong', details: [] });
    }
    const limit = rateLimit(user);
    if (limit.limited) {
      req.resume();
      return answer(res, 429, limit.headers, { code: 8, message: `Rate limit exceeded: ${ratePerMinute} requests per minute per API key`, details: [] });
    }
    for (const [name, value] of Object.entries(limit.headers)) res.setHeader(name, value);
    delete req.headers.authorization;
    next();
  };

  return {
    before,
    seen,
    /** Makes every nonce handed out so far stale (tests of a nonce refresh). */
    expireNonces: () => {
      for (const state of nonces.values()) state.issued = -Infinity;
    },
    /** Changes the per-key limit and starts a new minute (tests of 429). @param {number} n */
    setRatePerMinute: (n) => {
      ratePerMinute = n;
      usage.clear();
    },
  };
}

/**
 * The check as a server in front of another local API (`upstream`).
 * @param {DigestAuthOptions & { upstream: string }} options
 */
export function createDigestGate(options) {
  const auth = createDigestAuth(options);
  const upstream = new URL(options.upstream);
  const server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === '/__gate/requests') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify(auth.seen));
    }
    auth.before(req, res, () => {
      const headers = { ...req.headers, host: upstream.host };
      const up = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on('error', () => {
        res.writeHead(502, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ code: 14, message: 'the local API behind the digest gate is not running' }));
      });
      req.pipe(up);
    });
  });

  return {
    ...auth,
    server,
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
