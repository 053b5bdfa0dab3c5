// @ts-check
/**
 * The signing proxy shared by `npm run serve` (server/serve.mjs) and the dev server (server/vite-plugin.mjs):
 * it forwards the console's own calls under /v1beta1 to TiDB Cloud's API and under /iam to its
 * account API, signed with the API key (HTTP Digest), and refuses everything else. The key stays in
 * this process: never in an answer, never in a log line, never sent (digest sends a hash). What
 * comes back is bounded in time and size, and reaches the page as JSON or not at all.
 */
import { checkCall, isApiPath } from './allow-list.mjs';
import { BudgetSpent, createKeyBudget } from './budget.mjs';
import { DigestSession, digestFetch } from './digest.mjs';
import { checkCaller, checkHost, isLoopback } from './guards.mjs';

export const DEFAULT_API_BASE = 'https://serverless.tidbapi.com';
export const DEFAULT_IAM_API_BASE = 'https://iam.tidbapi.com';
/** Below the page's own 15 s (VITE_REQUEST_TIMEOUT_MS): the page hears the proxy's answer, not its own guess. */
export const UPSTREAM_TIMEOUT_MS = 12_000;
/** The largest answer passed on, decompressed (the API's JSON pages are a few KiB). */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
const MAX_BODY_BYTES = 64 * 1024;
/** Answer headers passed back to the page; everything else (cookies, WWW-Authenticate, …) stays here. */
const PASS_HEADERS = /^(retry-after|x-ratelimit-[a-z-]+|x-request-id|etag|last-modified)$/i;
/** What every answer on the API paths carries: never sniffed, never rendered, never framed. */
const ANSWER_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
};
const JSON_TYPE = /^application\/(?:[a-z0-9.+-]+\+)?json\s*(?:;|$)/i;

/**
 * The API base as a URL: https, or http on this machine only (a local stand-in) unless `allowHttp`
 * (the key's digest and every answer would cross the network in clear).
 * @param {string} base @param {boolean} allowHttp @param {string} name the setting, for the message
 */
export function checkApiBase(base, allowHttp, name) {
  let url;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`${name} is not a URL: ${base}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must be an https:// URL: ${base}`);
  if (url.username || url.password || url.search || url.hash) throw new Error(`${name} must be a plain base URL, without credentials, query or fragment: ${url.origin}`);
  const local = isLoopback(url.hostname.replace(/^\[|\]$/g, ''));
  if (url.protocol === 'http:' && !local && !allowHttp) {
    throw new Error(`${name} is plain http:// off this machine (${url.origin}): requests and answers would cross the network unencrypted. Use https://, or set TIDBCLOUD_ALLOW_HTTP_API_BASE=true (--allow-http-api-base) if you mean it.`);
  }
  return url;
}

/** The answer body could not be read within the limit. */
class AnswerTooLarge extends Error {}

/**
 * Reads an answer's body (decompressed by fetch, chunk by chunk) up to `max` bytes.
 * @param {Response} res @param {number} max
 */
async function readCapped(res, max) {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (!res.headers.get('content-encoding') && declared > max) {
    await res.body?.cancel().catch(() => {});
    throw new AnswerTooLarge();
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new AnswerTooLarge();
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, size);
}

/** @param {Buffer} body @param {string | null} type */
function isJson(body, type) {
  if (!type || !JSON_TYPE.test(type)) return false;
  try {
    JSON.parse(body.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @param {{ publicKey: string, privateKey: string, apiBase?: string, iamApiBase?: string,
 *   allowHttpApiBase?: boolean, allowedHosts?: string[], origins?: string[], timeoutMs?: number,
 *   maxAnswerBytes?: number, ratePerMinute?: number, log?: (line: string) => void,
 *   fetchImpl?: typeof fetch, now?: () => number }} options (`now`: the clock, for tests)
 */
export function createProxy(options) {
  const bases = {
    cloud: checkApiBase(options.apiBase || DEFAULT_API_BASE, Boolean(options.allowHttpApiBase), 'TIDBCLOUD_API_BASE'),
    iam: checkApiBase(options.iamApiBase || DEFAULT_IAM_API_BASE, Boolean(options.allowHttpApiBase), 'TIDBCLOUD_IAM_API_BASE'),
  };
  const allowedHosts = (options.allowedHosts ?? []).map((h) => h.toLowerCase());
  const origins = (options.origins ?? []).map((o) => o.toLowerCase().replace(/\/$/, ''));
  const log = options.log ?? ((line) => console.log(line));
  const timeoutMs = options.timeoutMs ?? UPSTREAM_TIMEOUT_MS;
  const maxAnswerBytes = options.maxAnswerBytes ?? MAX_ANSWER_BYTES;
  // One digest state per server (each has its own nonces), one budget for the key across them.
  const now = options.now ?? Date.now;
  const sessions = {
    cloud: new DigestSession(options.publicKey, options.privateKey, now),
    iam: bases.iam.origin === bases.cloud.origin ? undefined : new DigestSession(options.publicKey, options.privateKey, now),
  };
  const budget = createKeyBudget({ limit: options.ratePerMinute ?? 100, now });

  /** An audit line: time, method, path (query left out), status, duration. Never a header or a body. */
  const audit = (/** @type {Req} */ req, /** @type {number} */ status, /** @type {number} */ started, note = '') => {
    const path = (req.url ?? '').split('?')[0].replace(/[^\x21-\x7e]/g, '?').slice(0, 300);
    log(`[tidbcloud-proxy] ${new Date().toISOString()} ${req.method} ${path} ${status} ${Date.now() - started}ms${note}`);
  };

  /** @param {Res} res @param {number} status @param {number} code @param {string} message @param {Record<string, string>} [headers] */
  const refuse = (res, status, code, message, headers = {}) => {
    res.writeHead(status, { ...ANSWER_HEADERS, ...headers, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ code, message, details: [] }));
  };

  /**
   * Reads the request body, at most MAX_BODY_BYTES: null as soon as it passes the limit (the rest
   * is not waited for). @param {Req} req @returns {Promise<Buffer | null>}
   */
  const readBody = (req) =>
    new Promise((resolve, reject) => {
      /** @type {Buffer[]} */
      const chunks = [];
      let size = 0;
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return resolve(null);
      const onData = (/** @type {Buffer} */ c) => {
        size += c.length;
        if (size <= MAX_BODY_BYTES) return void chunks.push(c);
        req.off('data', onData);
        req.pause();
        resolve(null);
      };
      req.on('data', onData);
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });

  /** Answers 413 at once and closes the connection (what is still coming is not read). @param {Req} req @param {Res} res */
  const tooLarge = (req, res) => {
    refuse(res, 413, 3, 'The request body is too large for this console', { Connection: 'close' });
    res.on('finish', () => req.socket.destroySoon?.());
  };

  /**
   * Passes an API answer on: JSON as JSON; anything else (a gateway's HTML page…) becomes a JSON
   * error with the same status and Retry-After, or a 502 when it claimed success.
   * @param {Res} res @param {Response} upstream @param {Buffer} body
   */
  const pass = (res, upstream, body) => {
    /** @type {Record<string, string>} */
    const out = { ...ANSWER_HEADERS };
    upstream.headers.forEach((value, name) => {
      if (PASS_HEADERS.test(name)) out[name] = value;
    });
    if (body.length === 0) {
      res.writeHead(upstream.status, out);
      return res.end();
    }
    const type = upstream.headers.get('content-type');
    if (isJson(body, type)) {
      res.writeHead(upstream.status, { ...out, 'Content-Type': type ?? 'application/json' });
      return res.end(body);
    }
    const ok = upstream.status >= 200 && upstream.status < 300;
    const status = ok ? 502 : upstream.status;
    const code = status === 429 ? 8 : status === 503 || status === 502 ? 14 : 2;
    const what = `TiDB Cloud API answered ${upstream.status} with ${type ? type.split(';')[0] : 'a body of no type'}, not JSON`;
    refuse(res, status, code, what, ok ? {} : out);
  };

  /**
   * Handles a request under /v1beta1 or /iam (refused or forwarded). The Host check is the caller's,
   * who applies it to pages too (see hostRefusal).
   * @param {Req} req @param {Res} res
   */
  async function forward(req, res) {
    const started = Date.now();
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const caller = checkCaller(req, origins);
    if (caller) {
      req.resume();
      refuse(res, 403, 7, `Refused by the console's proxy: ${caller} is not a call this console makes`);
      return audit(req, 403, started, ` refused (${caller})`);
    }
    const call = checkCall(method, rawUrl);
    if (!call.ok) {
      req.resume();
      refuse(res, 403, 7, `Refused by the console's proxy: ${method} with ${call.reason} is not a call this console makes`);
      return audit(req, 403, started, ` refused (${call.reason})`);
    }
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    if (body === null) {
      tooLarge(req, res);
      return audit(req, 413, started, ' refused (body too large)');
    }
    const base = bases[call.route.api];
    const session = sessions[call.route.api] ?? sessions.cloud;
    // A plain timer, for the call as a whole (connect, headers, body): on Node 20 a composite of
    // AbortSignal.timeout stops firing after a garbage collection (nodejs/node#57736).
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort(new Error('timeout'));
    }, timeoutMs);
    const pageLeft = () => abort.abort(new Error('the page went away'));
    res.on('close', pageLeft);
    /** @type {Record<string, string>} */
    const headers = { Accept: 'application/json', 'User-Agent': 'tidbcloud-private-link-console' };
    if (body?.length) headers['Content-Type'] = 'application/json';
    try {
      const upstream = await digestFetch(
        session,
        new URL(base.pathname.replace(/\/$/, '') + call.upstreamUrl, base.origin),
        {
          method,
          headers,
          body: body?.length ? body : undefined,
          signal: abort.signal,
          beforeSend: () => budget.take(base.origin),
          onAnswer: (ticket, answer) => budget.observe(ticket, answer, base.origin),
        },
        options.fetchImpl,
      );
      const text = await readCapped(upstream, maxAnswerBytes);
      pass(res, upstream, text);
      audit(req, res.statusCode, started);
    } catch (e) {
      if (timedOut) {
        refuse(res, 504, 14, `TiDB Cloud API did not answer within ${timeoutMs / 1000} s`);
        audit(req, 504, started, ' (timeout)');
      } else if (abort.signal.aborted) {
        audit(req, 499, started, ' (the page went away)');
      } else if (e instanceof BudgetSpent) {
        const seconds = String(Math.max(1, Math.ceil(e.waitMs / 1000)));
        refuse(res, 429, 8, `Refused by the console's proxy: ${e.message}`, {
          'Retry-After': seconds,
          'X-Ratelimit-Limit-Minute': String(budget.stated()),
          'X-Ratelimit-Remaining-Minute': '0',
          'X-Ratelimit-Reset': seconds,
        });
        audit(req, 429, started, ' refused (budget spent)');
      } else if (e instanceof AnswerTooLarge) {
        refuse(res, 502, 14, `TiDB Cloud API answered more than ${maxAnswerBytes} bytes: not passed on`);
        audit(req, 502, started, ' (answer too large)');
      } else {
        refuse(res, 502, 14, 'TiDB Cloud API could not be reached');
        audit(req, 502, started);
      }
    } finally {
      clearTimeout(timer);
      res.off('close', pageLeft);
    }
  }

  /**
   * Connect-style middleware (the dev server) and the core of `npm run serve`: refuses a foreign Host
   * on every request, handles the API paths, passes anything else on.
   * @param {Req} req @param {Res} res @param {() => void} next
   */
  function middleware(req, res, next) {
    const hostRefusal = checkHost(req.headers.host, allowedHosts);
    if (hostRefusal) {
      req.resume();
      if (isApiPath(req.url ?? '')) audit(req, 403, Date.now(), ` refused (${hostRefusal})`);
      return refuse(res, 403, 7, `Refused: ${hostRefusal}`);
    }
    if (!isApiPath(req.url ?? '')) return next();
    // No cross-origin reads: whatever a CORS middleware before this one set, the API paths go without.
    for (const name of res.getHeaderNames()) if (name.startsWith('access-control-')) res.removeHeader(name);
    forward(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 13, 'The console proxy failed');
      else res.destroy();
    });
  }

  return { middleware, apiBase: bases.cloud.toString(), iamApiBase: bases.iam.toString(), budget };
}
