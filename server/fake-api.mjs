#!/usr/bin/env node
// @ts-check
/**
 * A local, digest-protected stand-in for TiDB Cloud's API (tests and demos): the digest gate
 * (server/digest-gate.mjs) in front of an HTTP-served API, by default the console's own mock
 * (`npm run api`, mocks/) that this script starts on the next port.
 *
 *   node server/fake-api.mjs --port 4711 [--upstream http://127.0.0.1:4712] [--algorithm SHA-256]
 *                            [--rate 100] [--state FILE]
 *
 * Keys: TIDBCLOUD_PUBLIC_KEY / TIDBCLOUD_PRIVATE_KEY (environment or .env.local), which the gate
 * accepts. GET /__gate/requests lists what reached the gate (for tests to count).
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createDigestGate } from './digest-gate.mjs';
import { readSettings } from './env.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4711' },
    upstream: { type: 'string' },
    algorithm: { type: 'string', default: 'MD5' },
    rate: { type: 'string', default: '100' },
    state: { type: 'string' },
  },
});
const { keys } = readSettings();
if (!keys) {
  console.error('Set TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY: the keys the local API accepts.');
  process.exit(2);
}
const port = Number(values.port);
let upstream = values.upstream;
/** @type {import('node:child_process').ChildProcess | undefined} */
let child;
if (!upstream) {
  const apiPort = port + 1;
  const args = ['run', 'api', '--', '--port', String(apiPort), '--host', '127.0.0.1', ...(values.state ? ['--state', values.state] : [])];
  child = spawn('npm', args, { stdio: 'inherit', detached: true });
  child.on('exit', (code) => {
    console.error(`npm run api stopped (${code})`);
    process.exit(1);
  });
  upstream = `http://127.0.0.1:${apiPort}`;
}
const gate = createDigestGate({ keys: { [keys.publicKey]: keys.privateKey }, upstream, algorithm: values.algorithm, ratePerMinute: Number(values.rate) });
const url = await gate.listen(port);
console.log(`digest-protected local API on ${url} (${values.algorithm}, ${values.rate} requests/minute per key) in front of ${upstream}`);
const stop = () => {
  if (child?.pid) {
    child.removeAllListeners('exit');
    process.kill(-child.pid, 'SIGTERM'); // npm and the server it started
  }
  void gate.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
