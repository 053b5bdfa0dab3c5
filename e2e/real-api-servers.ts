/**
 * The servers of e2e/real-api.spec.ts, all on this machine:
 * - the console's mocked API over HTTP (mocks/server.ts, the same handlers as in the browser),
 *   behind TiDB Cloud's digest challenge and per-key limit (server/digest-gate.mjs), which also
 *   counts every request that reached the API;
 * - `npm run serve` (server/serve.mjs, the real command) on a production build without the mock,
 *   once with the right key and once with a wrong one;
 * - a page of another origin that tries to use the proxy.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createApiServer } from '../mocks/server';
import { createDigestAuth } from '../server/digest-gate.mjs';

/** Beside E2E_PORT (default 4183 → 4584–4587), so runs side by side use their own servers. */
const BASE = Number(process.env.E2E_PORT ?? 4183) + 400;
export const PORTS = { serve: BASE + 1, wrongKey: BASE + 2, attacker: BASE + 3, api: BASE + 4 };
export const PUBLIC_KEY = 'E2EPUB01';
/** A fresh private key each run: a leak anywhere is found by its value. */
export const PRIVATE_KEY = `e2e-private-${randomBytes(16).toString('hex')}`;
export const DIST = `dist-e2e-real-api-${PORTS.serve}`;
export const CONSOLE = `http://localhost:${PORTS.serve}`;

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

/** Builds the console as deployed (no mock), with the keys in the build's environment. */
export function buildConsole() {
  const env: NodeJS.ProcessEnv = { ...process.env, TIDBCLOUD_PUBLIC_KEY: PUBLIC_KEY, TIDBCLOUD_PRIVATE_KEY: PRIVATE_KEY };
  delete env.VITE_MOCK_API;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], { env, stdio: 'inherit' });
}

/** `npm run serve`'s command with a key; resolves once it listens. Its output is collected in `lines`. */
function startServe(port: number, privateKey: string, lines: string[]): Promise<ChildProcess> {
  const api = `http://127.0.0.1:${PORTS.api}`; // the account API's projects too: never the real one
  const child = spawn(process.execPath, ['server/serve.mjs', '--port', String(port), '--dist', DIST, '--api-base', api, '--iam-api-base', api], {
    env: { ...process.env, TIDBCLOUD_PUBLIC_KEY: PUBLIC_KEY, TIDBCLOUD_PRIVATE_KEY: privateKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      lines.push(...text.split('\n').filter(Boolean));
      if (text.includes('TiDB Cloud console on')) resolve(child);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${lines.join('\n')}`)));
  });
}

/** A page of another origin: a no-cors fetch POST and a form POST to the proxy, and a cross-site read. */
const ATTACK_PAGE = (target: string) => `<!doctype html><html><body>
<iframe name="sink" title="sink"></iframe>
<form id="f" method="post" enctype="text/plain" target="sink" action="${target}/privateLinkConnections">
<input name='{"privateLinkConnection":{"displayName":"from-a-form","type":"AWS_ENDPOINT_SERVICE","awsEndpointService":{"name":"com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"}},"x":"' value='"}'>
</form>
<script>
window.attack = async () => {
  const body = JSON.stringify({ privateLinkConnection: { displayName: 'from-no-cors', type: 'AWS_ENDPOINT_SERVICE', awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0' } } });
  await fetch('${target}/privateLinkConnections', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body }).catch(() => {});
  await fetch('${target}/privateLinkConnections', { method: 'POST', mode: 'no-cors', body }).catch(() => {});
  await fetch('${target}/privateLinkConnections/plc-1:detachDomains', { method: 'POST', mode: 'no-cors', body: '{}' }).catch(() => {});
  await fetch('${target}/privateLinkConnections?pageSize=100', { mode: 'no-cors' }).catch(() => {});
  await new Promise((resolve) => { document.querySelector('iframe').onload = resolve; document.getElementById('f').submit(); });
  return 'done';
};
</script></body></html>`;

export async function startServers() {
  const gate = createDigestAuth({ keys: { [PUBLIC_KEY]: PRIVATE_KEY }, algorithm: 'SHA-256', ratePerMinute: 100_000 });
  const api = await createApiServer({ port: PORTS.api, timing: { creatingMs: 1500, acceptanceMs: 1500, deletingMs: 1500 }, before: gate.before });
  const serveLines: string[] = [];
  const wrongLines: string[] = [];
  const serve = await startServe(PORTS.serve, PRIVATE_KEY, serveLines);
  const wrong = await startServe(PORTS.wrongKey, 'not-the-private-key', wrongLines);
  const attacker = createServer((req, res) => {
    const target = `${CONSOLE}/v1beta1/clusters/${new URL(req.url ?? '/', 'http://x').searchParams.get('cluster') ?? ''}`;
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(ATTACK_PAGE(target));
  });
  await listen(attacker, PORTS.attacker);
  return {
    gate,
    /** The stand-in's data (tests shape what it answers). */
    db: api.db,
    serveLines,
    wrongLines,
    async stop() {
      serve.kill('SIGTERM');
      wrong.kill('SIGTERM');
      await new Promise((r) => attacker.close(r));
      await api.close();
    },
  };
}
