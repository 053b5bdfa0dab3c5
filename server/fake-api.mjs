#!/usr/bin/env node
// @ts-check
/**
 * A local, digest-protected stand-in for TiDB Cloud's API (tests and demos): the console's mocked API
 * over HTTP (mocks/server.ts, as `npm run api` serves it) behind TiDB Cloud's digest challenge and
 * per-key rate limit (server/digest-gate.mjs). With --upstream, the gate fronts another local API.
 *
 *   node server/fake-api.mjs [--port 4711] [--algorithm MD5|SHA-256] [--rate 100] [--latency 0]
 *                            [--state .data/fake-api.json] [--upstream http://127.0.0.1:4010]
 *
 * Keys: TIDBCLOUD_PUBLIC_KEY / TIDBCLOUD_PRIVATE_KEY (environment or .env.local), the key it accepts.
 * It serves the account API's /v1beta1/projects too (mocks/server.ts), so it can stand in for both bases:
 *   TIDBCLOUD_API_BASE=http://127.0.0.1:4711 TIDBCLOUD_IAM_API_BASE=http://127.0.0.1:4711 npm start
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { createDigestAuth, createDigestGate } from './digest-gate.mjs';
import { readSettings } from './env.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4711' },
    algorithm: { type: 'string', default: 'MD5' },
    rate: { type: 'string', default: '100' },
    latency: { type: 'string', default: '0' },
    state: { type: 'string', default: '' },
    upstream: { type: 'string' },
  },
});
const { keys } = readSettings();
if (!keys) {
  console.error('Set TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY: the key the local API accepts.');
  process.exit(2);
}
const options = { keys: { [keys.publicKey]: keys.privateKey }, algorithm: values.algorithm, ratePerMinute: Number(values.rate) };
const port = Number(values.port);
/** @type {{ close(): Promise<unknown> }} */
let server;
let url;
if (values.upstream) {
  const gate = createDigestGate({ ...options, upstream: values.upstream });
  url = await gate.listen(port);
  server = gate;
} else {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { module } = await runnerImport(`${root}mocks/server.ts`, {
    configFile: false,
    root,
    logLevel: 'silent',
    resolve: { alias: { '@': `${root}src`, '@mocks': `${root}mocks` } },
  });
  const auth = createDigestAuth(options);
  const api = await module.createApiServer({ port, latencyMs: Number(values.latency), stateFile: values.state || undefined, before: auth.before });
  url = api.url;
  server = api;
}
console.log(`Digest-protected local TiDB Cloud API on ${url}/v1beta1 (${values.algorithm}, ${values.rate} requests/minute per key)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void server.close().then(() => process.exit(0)));
