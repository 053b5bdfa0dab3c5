// @ts-check
/**
 * The signing proxy shared by `npm run serve` (server/serve.mjs) and the dev server (server/vite-plugin.mjs):
 * it forwards the console's own calls under /v1beta1 to TiDB Cloud's API, signed with the API key
 * (HTTP Digest), and refuses everything else. The key stays in this process: never in an answer,
 * never in a log line, never sent (digest sends a hash).
 */
import { checkCall, isApiPath } from './allow-list.mjs';
import { DigestSession, digestFetch } from './digest.mjs';
import { checkCaller, checkHost } from './guards.mjs';

export const DEFAULT_API_BASE = 'https://serverless.tidbapi.com';
const MAX_BODY_BYTES = 64 * 1024;
/** Answer headers passed back to the page; everything else (cookies, WWW-Authenticate, …) stays here. */
const PASS_HEADERS = /^(content-type|retry-after|x-ratelimit-[a-z-]+|x-request-id|etag|last-modified)$/i;

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @param {{ publicKey: string, privateKey: string, apiBase?: string, allowedHosts?: string[],
 *   origins?: string[], timeoutMs?: number, log?: (line: string) => void, fetchImpl?: typeof fetch }} options
 */
export function createProxy(options) {
  const apiBase = new URL(options.apiBase || DEFAULT_API_BASE);
  const allowedHosts = (options.allowedHosts ?? []).map((h) => h.toLowerCase());
  const origins = (options.origins ?? []).map((o) => o.toLowerCase().replace(/\/$/, ''));
  const log = options.log ?? ((line) => console.log(line));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const session = new DigestSession(options.publicKey, options.privateKey);
  const prefix = apiBase.pathname.replace(/\/$/, '');

  /** An audit line: time, method, path (query left out), status, duration. Never a header or a body. */
  const audit = (/** @type {Req} */ req, /** @type {number} */ status, /** @type {number} */ started, note = '') => {
    const path = (req.url ?? '').split('?')[0].replace(/[^\x21-\x7e]/g, '?').slice(0, 300);
    log(`[tidbcloud-proxy] ${new Date().toISOString()} ${req.method} ${path} ${status} ${Date.now() - started}ms${note}`);
  };

  /** @param {Res} res @param {number} status @param {number} code @param {string} message */
  const refuse = (res, status, code, message) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ code, message, details: [] }));
  };

  /** Reads the request body, at most MAX_BODY_BYTES. @param {Req} req @returns {Promise<Buffer | null>} */
  const readBody = (req) =>
    new Promise((resolve, reject) => {
      /** @type {Buffer[]} */
      const chunks = [];
      let size = 0;
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
        req.resume(); // drained, not kept
        return resolve(null);
      }
      req.on('data', (c) => {
        size += c.length;
        if (size <= MAX_BODY_BYTES) chunks.push(c);
      });
      req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
      req.on('error', reject);
    });

  /**
   * Handles a request under /v1beta1 (refused or forwarded). The Host check is the caller's, who
   * applies it to pages too (see hostRefusal).
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
      refuse(res, 413, 3, 'The request body is too large for this console');
      return audit(req, 413, started, ' refused (body too large)');
    }
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(timeoutMs)]);
    /** @type {Record<string, string>} */
    const headers = { Accept: 'application/json', 'User-Agent': 'tidbcloud-private-link-console' };
    if (body?.length) headers['Content-Type'] = 'application/json';
    try {
      const upstream = await digestFetch(session, new URL(prefix + rawUrl, apiBase.origin), { method, headers, body: body?.length ? body : undefined, signal }, options.fetchImpl);
      /** @type {Record<string, string>} */
      const out = { 'Cache-Control': 'no-store' };
      upstream.headers.forEach((value, name) => {
        if (PASS_HEADERS.test(name)) out[name] = value;
      });
      const text = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, out);
      res.end(text);
      audit(req, upstream.status, started);
    } catch (e) {
      if (abort.signal.aborted) return audit(req, 499, started, ' (the page went away)');
      const timeout = e instanceof Error && e.name === 'TimeoutError';
      refuse(res, timeout ? 504 : 502, 14, timeout ? 'TiDB Cloud API did not answer in time' : 'TiDB Cloud API could not be reached');
      audit(req, timeout ? 504 : 502, started);
    }
  }

  /**
   * Connect-style middleware (the dev server) and the core of `npm run serve`: refuses a foreign Host
   * on every request, handles /v1beta1, passes anything else on.
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
    forward(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 13, 'The console proxy failed');
      else res.destroy();
    });
  }

  return { middleware, apiBase: apiBase.toString() };
}
