#!/usr/bin/env node
// @ts-check
/**
 * `npm run serve`: the production build (dist/, from `npm run build`) and the signing proxy, in one
 * small Node server. Keys from TIDBCLOUD_PUBLIC_KEY / TIDBCLOUD_PRIVATE_KEY or .env.local.
 *
 *   node server/serve.mjs [--port 4180] [--host 127.0.0.1] [--dist dist] [--api-base URL]
 *                         [--allowed-host NAME]... [--origin URL]...
 *
 * It listens on 127.0.0.1 only unless --host says otherwise, and then warns: whoever reaches the
 * server acts with the API key, within what the proxy lets through.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { securityHeaders } from './csp.mjs';
import { readSettings } from './env.mjs';
import { isLoopback } from './guards.mjs';
import { createProxy } from './proxy.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the files of `dist` (index.html for any other page path: the console routes in the page).
 * @param {string} dist
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function staticFiles(dist) {
  const root = resolve(dist);
  const headers = securityHeaders('');
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...headers }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    let file = resolve(root, `.${path}`);
    if ((file !== root && !file.startsWith(root + sep)) || path.includes('\0')) {
      res.writeHead(404, headers).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(path)) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      file = join(root, 'index.html');
    }
    const immutable = file.startsWith(join(root, 'assets') + sep);
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
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
  const proxy = createProxy({
    ...settings.keys,
    apiBase: values['api-base'] || settings.apiBase,
    allowedHosts: [...settings.allowedHosts, ...values['allowed-host']],
    origins: [...settings.origins, ...values.origin],
  });
  const files = staticFiles(values.dist);
  const server = createServer((req, res) => proxy.middleware(req, res, () => files(req, res)));
  server.listen(Number(values.port), values.host, () => {
    const shown = values.host.includes(':') ? `[${values.host}]` : values.host;
    console.log(`TiDB Cloud console on http://${shown}:${values.port}/ (API: ${proxy.apiBase}, requests signed with your API key)`);
    const warning = listenWarning(values.host);
    if (warning) console.warn(warning);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
