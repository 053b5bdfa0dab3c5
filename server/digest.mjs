// @ts-check
/**
 * HTTP Digest Authentication (RFC 7616), the parts both sides share plus the client: TiDB Cloud's
 * API authenticates every request this way, the API key's public key as user name and its private
 * key as password. The private key never travels: only a hash of it, the nonce and the request.
 *
 * Written here rather than taken from npm: the maintained packages that fit Node's fetch either
 * compute MD5 only (digest-header, and urllib on top of it) or ignore the algorithm the server
 * asks for and share one mutable challenge between concurrent requests (digest-fetch). The RFC's
 * own examples (§3.9.1) and curl --digest test this one (server/digest.test.mjs).
 */
import { createHash, randomBytes } from 'node:crypto';

/** Algorithms of RFC 7616 §6.1 by their names in a challenge, strongest first. */
const HASHES = new Map([
  ['SHA-512-256', 'sha512-256'],
  ['SHA-256', 'sha256'],
  ['MD5', 'md5'],
]);

/** @param {string} algorithm @param {string} text */
export function hash(algorithm, text) {
  const name = HASHES.get(algorithm.replace(/-sess$/i, '').toUpperCase());
  if (!name) throw new Error(`unsupported digest algorithm ${algorithm}`);
  return createHash(name).update(text, 'utf8').digest('hex');
}

/** @param {string} algorithm */
export function isSupported(algorithm) {
  return HASHES.has(algorithm.replace(/-sess$/i, '').toUpperCase());
}

/**
 * Parses a WWW-Authenticate or Authorization header (RFC 7235 §2.1, RFC 9110 §11): one or more
 * challenges, each a scheme followed by comma-separated `name=token` or `name="quoted string"`.
 * @param {string} header
 * @returns {{ scheme: string, params: Record<string, string> }[]}
 */
export function parseAuthHeader(header) {
  /** @type {{ scheme: string, params: Record<string, string> }[]} */
  const out = [];
  const re = /\s*(?:,\s*)*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[!#$%&'*+.^_`|~0-9A-Za-z/:-]+=*))?/y;
  let m;
  while (re.lastIndex < header.length && (m = re.exec(header))) {
    const [, name, value] = m;
    if (value === undefined) {
      out.push({ scheme: name, params: {} });
    } else if (out.length) {
      const v = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
      out[out.length - 1].params[name.toLowerCase()] = v;
    } else {
      break; // a parameter before any scheme: not a header we understand
    }
  }
  return out;
}

const quote = (/** @type {string} */ s) => `"${s.replace(/(["\\])/g, '\\$1')}"`;

/**
 * The `response` of RFC 7616 §3.4.1 and the values it is made of.
 * @param {{ algorithm: string, username: string, realm: string, password: string, method: string,
 *   uri: string, nonce: string, nc: string, cnonce: string, qop?: string }} p
 */
export function digestResponse(p) {
  const algorithm = p.algorithm || 'MD5';
  let ha1 = hash(algorithm, `${p.username}:${p.realm}:${p.password}`);
  if (/-sess$/i.test(algorithm)) ha1 = hash(algorithm, `${ha1}:${p.nonce}:${p.cnonce}`);
  const ha2 = hash(algorithm, `${p.method}:${p.uri}`);
  return p.qop
    ? hash(algorithm, `${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`)
    : hash(algorithm, `${ha1}:${p.nonce}:${ha2}`); // RFC 2069, for a server that offers no qop
}

/**
 * The Digest challenge to answer among those offered: qop "auth" (or none, RFC 2069), a supported
 * algorithm, the strongest first (RFC 7616 §3.7).
 * @param {string | null} header
 */
export function pickChallenge(header) {
  if (!header) return undefined;
  const candidates = parseAuthHeader(header).filter(
    (c) =>
      c.scheme.toLowerCase() === 'digest' &&
      c.params.nonce !== undefined &&
      isSupported(c.params.algorithm ?? 'MD5') &&
      (c.params.qop === undefined || c.params.qop.split(',').some((q) => q.trim() === 'auth')),
  );
  const rank = (/** @type {typeof candidates[number]} */ c) =>
    [...HASHES.keys()].indexOf((c.params.algorithm ?? 'MD5').replace(/-sess$/i, '').toUpperCase());
  return candidates.sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * One API key's digest state: the last challenge and its nonce count. Concurrent requests each take
 * their own nc (RFC 7616 §3.4: a nonce may be reused with an increasing count).
 */
export class DigestSession {
  /** @param {string} username @param {string} password */
  constructor(username, password) {
    if (/["\\\r\n]/.test(username) || !username) throw new Error('the public key has characters a digest user name cannot carry');
    this.username = username;
    this.password = password;
    /** @type {ReturnType<typeof pickChallenge>} */
    this.challenge = undefined;
    this.nc = 0;
    /** @type {Promise<unknown> | undefined} the first challenge, while it is being fetched */
    this.pending = undefined;
  }

  /** Takes a new challenge (a 401's WWW-Authenticate); false when none can be answered. @param {string | null} header */
  accept(header) {
    const c = pickChallenge(header);
    if (!c) return false;
    this.challenge = c;
    this.nc = 0;
    return true;
  }

  /** The Authorization header for a request, or undefined before the first challenge. @param {string} method @param {string} uri */
  authorization(method, uri) {
    const c = this.challenge;
    if (!c) return undefined;
    const algorithm = c.params.algorithm ?? 'MD5';
    const realm = c.params.realm ?? '';
    const qop = c.params.qop === undefined ? undefined : 'auth';
    const nc = (++this.nc).toString(16).padStart(8, '0');
    const cnonce = randomBytes(16).toString('hex');
    const userhash = c.params.userhash === 'true';
    const username = userhash ? hash(algorithm, `${this.username}:${realm}`) : this.username;
    const response = digestResponse({ algorithm, username: this.username, realm, password: this.password, method, uri, nonce: c.params.nonce, nc, cnonce, qop });
    const parts = [
      `username=${quote(username)}`,
      `realm=${quote(realm)}`,
      `uri=${quote(uri)}`,
      `algorithm=${algorithm}`,
      `nonce=${quote(c.params.nonce)}`,
      ...(qop ? [`nc=${nc}`, `cnonce=${quote(cnonce)}`, `qop=${qop}`] : []),
      `response=${quote(response)}`,
      ...(c.params.opaque !== undefined ? [`opaque=${quote(c.params.opaque)}`] : []),
      ...(userhash ? ['userhash=true'] : []),
    ];
    return { header: `Digest ${parts.join(', ')}`, nonce: c.params.nonce, fresh: this.nc === 1 };
  }
}

/**
 * fetch() with digest authentication: signs with the session's current challenge; on a 401 it takes
 * the new challenge and retries once, unless the refused request was already signed with that very
 * challenge's first count (then the key is wrong, and the 401 is the answer).
 * @param {DigestSession} session
 * @param {string | URL} url
 * @param {{ method: string, headers?: Record<string, string>, body?: Buffer, signal?: AbortSignal }} init
 * @param {typeof fetch} [fetchImpl]
 */
export async function digestFetch(session, url, init, fetchImpl = fetch) {
  const target = new URL(url);
  const uri = target.pathname + target.search;
  const send = (/** @type {string | undefined} */ auth) =>
    fetchImpl(target, {
      method: init.method,
      headers: { ...init.headers, ...(auth ? { Authorization: auth } : {}) },
      body: init.body,
      signal: init.signal,
      redirect: 'manual',
    });
  // Before the first challenge, one request fetches it and the others wait for it (each 401 costs a
  // round trip, and perhaps a share of the key's rate limit).
  if (!session.challenge && session.pending) await session.pending;
  const first = session.authorization(init.method, uri);
  /** @type {() => void} */
  let challenged = () => {};
  if (!first) session.pending = new Promise((resolve) => (challenged = () => resolve(undefined)));
  let res;
  try {
    res = await send(first?.header);
    if (!first && res.status === 401) session.accept(res.headers.get('www-authenticate'));
  } finally {
    if (!first) {
      challenged();
      session.pending = undefined;
    }
  }
  if (res.status !== 401) return res;
  const reused = first && !first.fresh;
  const stale = pickChallenge(res.headers.get('www-authenticate'))?.params.stale?.toLowerCase() === 'true';
  if (first && !reused && !stale) return res;
  if (first && !session.accept(res.headers.get('www-authenticate'))) return res;
  if (!first && !session.challenge) return res;
  await res.body?.cancel();
  return send(session.authorization(init.method, uri)?.header);
}
