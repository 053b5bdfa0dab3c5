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
    : hash(algorithm, `${ha1}:${p.nonce}:${ha2}`); // RFC 2069: the RFC 2617 examples only (the client refuses it)
}

/**
 * The Digest challenge to answer among those offered: qop "auth" and a supported algorithm, the
 * strongest first (RFC 7616 §3.7); MD5 alone is still answered (the API may offer only that). A
 * challenge without qop (RFC 2069) is not: its response has no client nonce or count, so a captured
 * one replays as long as the nonce lives.
 * @param {string | null} header
 */
export function pickChallenge(header) {
  if (!header) return undefined;
  const candidates = parseAuthHeader(header).filter(
    (c) =>
      c.scheme.toLowerCase() === 'digest' &&
      c.params.nonce !== undefined &&
      isSupported(c.params.algorithm ?? 'MD5') &&
      c.params.qop !== undefined &&
      c.params.qop.split(',').some((q) => q.trim() === 'auth'),
  );
  const rank = (/** @type {typeof candidates[number]} */ c) =>
    [...HASHES.keys()].indexOf((c.params.algorithm ?? 'MD5').replace(/-sess$/i, '').toUpperCase());
  return candidates.sort((a, b) => rank(a) - rank(b))[0];
}

/** Nonces whose last count is remembered (a server may hand one out again). */
const REMEMBERED_NONCES = 64;
/** A nonce that answered within this long is used by concurrent requests at once… */
const TRUSTED_FOR_MS = 10_000;
/** …while younger than this, until a stale one shows how long the server's nonces live. */
const TRUSTED_AGE_MS = 60_000;

/**
 * One API key's digest state for one server: the last challenge and its nonce count. Concurrent
 * requests each take their own nc (RFC 7616 §3.4: a nonce may be reused with an increasing count),
 * and a (nonce, nc) pair is never used twice, even when the server hands the same nonce out again.
 */
export class DigestSession {
  /** @param {string} username @param {string} password @param {() => number} [now] */
  constructor(username, password, now = Date.now) {
    if (/["\\\r\n]/.test(username) || !username) throw new Error('the public key has characters a digest user name cannot carry');
    this.username = username;
    this.password = password;
    this.now = now;
    /** @type {ReturnType<typeof pickChallenge>} */
    this.challenge = undefined;
    this.nc = 0;
    /** The last count used with each recent nonce. @type {Map<string, number>} */
    this.counts = new Map();
    /** When the current challenge was taken, and when a request signed with it last got an answer. */
    this.acceptedAt = 0;
    this.confirmedAt = 0;
    /** How long a nonce lived, once one went stale (then a nonce near that age is tried alone first). */
    this.lifetime = Infinity;
    /** @type {Promise<unknown> | undefined} a request trying an untrusted challenge, while it is out */
    this.pending = undefined;
  }

  /** Takes a new challenge (a 401's WWW-Authenticate); false when none can be answered. @param {string | null} header */
  accept(header) {
    const c = pickChallenge(header);
    if (!c) return false;
    if (this.challenge && this.challenge.params.nonce !== c.params.nonce) {
      // the old nonce was refused: it lived about this long
      this.lifetime = Math.min(this.lifetime, Math.max(1000, this.now() - this.acceptedAt));
    }
    this.challenge = c;
    this.nc = this.counts.get(c.params.nonce) ?? 0;
    this.acceptedAt = this.now();
    this.confirmedAt = 0;
    return true;
  }

  /**
   * True when concurrent requests may sign with the current challenge at once: it answered lately
   * and is younger than a nonce has been seen to live. Otherwise one request tries it first (a stale
   * nonce then costs one extra request, not one per request of a burst).
   */
  trusted() {
    const now = this.now();
    const age = now - this.acceptedAt;
    return Boolean(this.challenge) && now - this.confirmedAt < TRUSTED_FOR_MS && age < TRUSTED_AGE_MS && age < this.lifetime * 0.9;
  }

  /** A request signed with `nonce` was answered (not refused). @param {string} nonce */
  confirm(nonce) {
    if (this.challenge?.params.nonce === nonce) this.confirmedAt = this.now();
  }

  /** The Authorization header for a request, or undefined before the first challenge. @param {string} method @param {string} uri */
  authorization(method, uri) {
    const c = this.challenge;
    if (!c) return undefined;
    const algorithm = c.params.algorithm ?? 'MD5';
    const realm = c.params.realm ?? '';
    const qop = 'auth';
    this.nc += 1;
    this.counts.delete(c.params.nonce);
    this.counts.set(c.params.nonce, this.nc);
    if (this.counts.size > REMEMBERED_NONCES) this.counts.delete(this.counts.keys().next().value ?? '');
    const nc = this.nc.toString(16).padStart(8, '0');
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
      `nc=${nc}`,
      `cnonce=${quote(cnonce)}`,
      `qop=${qop}`,
      `response=${quote(response)}`,
      ...(c.params.opaque !== undefined ? [`opaque=${quote(c.params.opaque)}`] : []),
      ...(userhash ? ['userhash=true'] : []),
    ];
    return { header: `Digest ${parts.join(', ')}`, nonce: c.params.nonce, fresh: this.nc === 1 };
  }
}

/** Resolves when `promise` settles; rejects as soon as `signal` aborts. @param {Promise<unknown>} promise @param {AbortSignal} [signal] */
function waitFor(promise, signal) {
  if (!signal) return promise.then(() => undefined);
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve(undefined);
      },
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve(undefined);
      },
    );
  });
}

/**
 * fetch() with digest authentication: signs with the session's current challenge; on a 401 it takes
 * the new challenge and retries once, unless the refused request was already signed with that very
 * challenge's first count and the server did not say stale (then the key is wrong, and the 401 is
 * the answer). While a challenge is untrusted (none yet, new, or perhaps expired) one request tries
 * it and the others wait for its answer. `beforeSend` runs before each request that leaves (the
 * key's budget: it may throw to send nothing) and `onAnswer` after each answer, challenges included.
 * @template T
 * @param {DigestSession} session
 * @param {string | URL} url
 * @param {{ method: string, headers?: Record<string, string>, body?: Buffer, signal?: AbortSignal,
 *   beforeSend?: () => T, onAnswer?: (ticket: T, res: Response) => void }} init
 * @param {typeof fetch} [fetchImpl]
 */
export async function digestFetch(session, url, init, fetchImpl = fetch) {
  const target = new URL(url);
  const uri = target.pathname + target.search;
  const send = async (/** @type {string | undefined} */ auth) => {
    const ticket = /** @type {T} */ (init.beforeSend?.());
    const res = await fetchImpl(target, {
      method: init.method,
      headers: { ...init.headers, ...(auth ? { Authorization: auth } : {}) },
      body: init.body,
      signal: init.signal,
      redirect: 'manual',
    });
    init.onAnswer?.(ticket, res);
    return res;
  };
  let retried = false;
  for (;;) {
    while (session.pending) await waitFor(session.pending, init.signal);
    const probe = !session.trusted();
    /** @type {() => void} */
    let release = () => {};
    if (probe) session.pending = new Promise((resolve) => (release = () => resolve(undefined)));
    try {
      const auth = session.authorization(init.method, uri);
      const res = await send(auth?.header);
      if (res.status !== 401) {
        if (auth) session.confirm(auth.nonce);
        return res;
      }
      const header = res.headers.get('www-authenticate');
      const offered = pickChallenge(header);
      const stale = offered?.params.stale?.toLowerCase() === 'true';
      if (retried || !offered || (auth?.fresh && !stale)) return res;
      // Take the new challenge, unless another request already replaced the one this one used.
      if (!auth || !session.challenge || session.challenge.params.nonce === auth.nonce) session.accept(header);
      await res.body?.cancel();
      retried = true;
    } finally {
      if (probe) {
        session.pending = undefined;
        release();
      }
    }
  }
}
