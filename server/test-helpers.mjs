// @ts-check
/** Helpers for the server tests: a recording stand-in for the API, raw HTTP requests, curl. */
import { execFile } from 'node:child_process';
import { createServer, request } from 'node:http';
import { createProxy } from './proxy.mjs';

/**
 * @param {import('node:http').Server} server
 * @returns {Promise<number>} the port it listens on (127.0.0.1, a free port)
 */
export const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port)));

/** @param {import('node:http').Server} server */
export const close = (server) => new Promise((resolve) => server.close(() => resolve(undefined)));

/**
 * A stand-in for the API behind the digest gate: records each request and answers JSON, or what
 * `reply` says for a path.
 * @param {(req: { method: string, url: string, body: string }) => { status: number, headers?: Record<string, string>, body: unknown } | undefined} [reply]
 */
export async function startUpstream(reply) {
  /** @type {{ method: string, url: string, headers: import('node:http').IncomingHttpHeaders, body: string }[]} */
  const requests = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(r);
      const custom = reply?.(r);
      res.writeHead(custom?.status ?? 200, { 'Content-Type': 'application/json', ...custom?.headers });
      res.end(JSON.stringify(custom ? custom.body : { method: r.method, url: r.url, body }));
    });
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, requests, close: () => close(server) };
}

/**
 * An HTTP request sent as given: the path is not normalized (unlike fetch), headers are exactly these.
 * With `deadlineMs`, a request still unanswered then fails (a test must not hang on a hung server).
 * @param {string} base @param {{ method?: string, path: string, headers?: Record<string, string>, body?: string | Buffer, deadlineMs?: number }} r
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string, raw: Buffer }>}
 */
export function rawRequest(base, r) {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const timer = r.deadlineMs === undefined ? undefined : setTimeout(() => req.destroy(new Error(`no answer within ${r.deadlineMs} ms`)), r.deadlineMs);
    const req = request(
      { host: url.hostname, port: url.port, method: r.method ?? 'GET', path: r.path, headers: { host: url.host, ...r.headers }, setHost: false },
      (res) => {
        /** @type {Buffer[]} */
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          clearTimeout(timer);
          const raw = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString('utf8'), raw });
        });
      },
    );
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.end(r.body);
  });
}

/**
 * An API that misbehaves as `handle` says (no digest challenge: the proxy's first, unsigned request
 * is answered as is). @param {import('node:http').RequestListener} handle
 */
export async function startRawUpstream(handle) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const server = createServer(handle);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const s of sockets) s.destroy();
      return close(server);
    },
  };
}

/** A proxy in a server of its own. @param {Parameters<typeof createProxy>[0]} options */
export async function startProxy(options) {
  /** @type {string[]} */
  const lines = [];
  const proxy = createProxy({ log: (l) => lines.push(l), ...options });
  const server = createServer((req, res) => proxy.middleware(req, res, () => res.end('page')));
  const port = await listen(server);
  return { base: `http://localhost:${port}`, proxy, lines, close: () => close(server) };
}

/**
 * curl, the independent digest client. Resolves with the status line's code and the body.
 * @param {string[]} args
 * @returns {Promise<{ status: number, body: string }>}
 */
export function curl(args) {
  return new Promise((resolve, reject) => {
    execFile('curl', ['--silent', '--show-error', '--max-time', '20', '--write-out', '\n%{http_code}', ...args], (error, stdout, stderr) => {
      if (error) return reject(new Error(`curl failed: ${stderr || error.message}`));
      const cut = stdout.lastIndexOf('\n');
      resolve({ status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) });
    });
  });
}
