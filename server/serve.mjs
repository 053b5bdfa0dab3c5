#!/usr/bin/env node
// @ts-check
/**
 * `npm run serve`: the production build (dist/, from `npm run build`) and the signing proxy, in one
 * small Node server. Keys from TIDBCLOUD_PUBLIC_KEY / TIDBCLOUD_PRIVATE_KEY or .env.local.
 *
 *   node server/serve.mjs [--port 4180] [--host 127.0.0.1] [--dist dist] [--api-base URL]
 *                         [--iam-api-base URL] [--allow-http-api-base]
 *                         [--allowed-host NAME]... [--origin URL]...
 *
 * It listens on 127.0.0.1 only unless --host says otherwise, and then warns: whoever reaches the
 * server acts with the API key, within what the proxy lets through.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import send from 'send';
import { securityHeaders } from './csp.mjs';
import { readSettings } from './env.mjs';
import { isLoopback } from './guards.mjs';
import { CLIENT_LIMITS, limitClients, serverOptions } from './limits.mjs';
import { preloadLinks } from './first-reads.mjs';
import { createProxy } from './proxy.mjs';

/**
 * Serves the files of `dist` (index.html for any path without an extension: the console routes in
 * the page) with `send` (ETag, Last-Modified, 304, ranges, and an answer, never a crash, when a file
 * cannot be read), gzip or brotli as the browser accepts (`compression`). Hashed assets are cached
 * for good; everything else is revalidated. A page's answer preloads the API reads it starts with
 * (first-reads.mjs): the proxy beside these files answers them.
 * @param {string} dist
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function staticFiles(dist) {
  const root = resolve(dist);
  const headers = securityHeaders('');
  const compress = compression({ threshold: 1024 });
  const kept = new Set(Object.keys(headers).map((k) => k.toLowerCase()));
  /** An error answer, without the headers `send` had set for the file. @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
  const fail = (res, status, text) => {
    if (res.headersSent) return void res.destroy();
    for (const name of res.getHeaderNames()) if (!kept.has(name)) res.removeHeader(name);
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(text);
  };
  return (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      return fail(res, 400, 'bad request');
    }
    const file = extname(path) ? path : '/index.html';
    const links = file === '/index.html' ? preloadLinks(req.url ?? '/') : undefined;
    if (links) res.setHeader('Link', links);
    const immutable = file.startsWith('/assets/');
    compress(/** @type {any} */ (req), /** @type {any} */ (res), () => {
      send(req, file, { root, dotfiles: 'ignore', index: false, cacheControl: false })
        .on('headers', () => res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache'))
        .on('error', (/** @type {{ status?: number }} */ err) => {
          const status = err.status ?? 500;
          fail(res, status, status === 404 ? 'not found' : status < 500 ? 'refused' : 'this file cannot be read');
        })
        .pipe(res);
    });
  };
}

/**
 * The HTTP server of `npm run serve`, with the client limits (limits.mjs).
 * @param {import('node:http').RequestListener} handler @param {typeof CLIENT_LIMITS} [limits]
 */
export function createConsoleServer(handler, limits = CLIENT_LIMITS) {
  return limitClients(createServer(serverOptions(limits), handler), limits);
}

/** The warning printed when the server listens beyond this machine. @param {string} host */
export function listenWarning(host) {
  if (isLoopback(host)) return undefined;
  return `WARNING: listening on ${host}: anyone who can reach this address acts with your TiDB Cloud API key (within the calls this console makes). Prefer 127.0.0.1 behind your own authenticating reverse proxy.`;
}

function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT || '4180' },
      host: { type: 'string', default: '127.0.0.1' },
      dist: { type: 'string', default: 'dist' },
      'api-base': { type: 'string' },
      'iam-api-base': { type: 'string' },
      'allow-http-api-base': { type: 'boolean', default: false },
      'allowed-host': { type: 'string', multiple: true, default: [] },
      origin: { type: 'string', multiple: true, default: [] },
    },
  });
  const settings = readSettings();
  if (!settings.keys) {
    console.error('npm run serve needs TiDB Cloud API keys: set TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY (environment or .env.local, see .env.example).');
    process.exit(2);
  }
  if (!existsSync(join(values.dist, 'index.html'))) {
    console.error(`No production build in ${values.dist}/: run npm run build first.`);
    process.exit(2);
  }
  let proxy;
  try {
    proxy = createProxy({
      ...settings.keys,
      apiBase: values['api-base'] || settings.apiBase,
      iamApiBase: values['iam-api-base'] || settings.iamApiBase,
      allowHttpApiBase: values['allow-http-api-base'] || settings.allowHttpApiBase,
      allowedHosts: [...settings.allowedHosts, ...values['allowed-host']],
      origins: [...settings.origins, ...values.origin],
    });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
  const files = staticFiles(values.dist);
  const server = createConsoleServer((req, res) => proxy.middleware(req, res, () => files(req, res)));
  server.listen(Number(values.port), values.host, () => {
    const shown = values.host.includes(':') ? `[${values.host}]` : values.host;
    console.log(`TiDB Cloud console on http://${shown}:${values.port}/ (API: ${proxy.apiBase}, account API: ${proxy.iamApiBase}, requests signed with your API key)`);
    const warning = listenWarning(values.host);
    if (warning) console.warn(warning);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
