// The mocked API over HTTP: `npm run api` (see mocks/README.md, "Over HTTP").
//   npm run api -- --port 4010 --latency 300 --state .data/mock-api.json --reset
// Or by environment: API_PORT, API_HOST, API_LATENCY_MS, API_STATE_FILE.
// Loads mocks/server.ts through Vite's module runner (TypeScript and the `@/` alias, no build step).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.API_PORT ?? '4010' },
    host: { type: 'string', default: process.env.API_HOST ?? '127.0.0.1' },
    latency: { type: 'string', default: process.env.API_LATENCY_MS ?? '0' },
    state: { type: 'string', default: process.env.API_STATE_FILE ?? '.data/mock-api.json' },
    reset: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
const latencyMs = Number(values.latency);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, not ${values.port}`);
if (!(latencyMs >= 0)) throw new Error(`--latency must be a number of milliseconds ≥ 0, not ${values.latency}`);
if (values.reset) rmSync(values.state, { force: true });

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./server.ts', import.meta.url)), {
  configFile: false,
  root,
  logLevel: 'silent',
  resolve: { alias: { '@': `${root}src`, '@mocks': `${root}mocks` } },
});
const server = await module.createApiServer({ port, host: values.host, latencyMs, stateFile: values.state || undefined });
console.log(`Mock API on ${server.url}/v1beta1 (latency ${latencyMs} ms; data in ${values.state || 'memory'}; Ctrl+C stops)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
