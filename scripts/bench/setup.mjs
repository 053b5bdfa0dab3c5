// npm run bench: the three builds and their servers (see the header of scripts/bench.mjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, runnerImport } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH = join(ROOT, '.bench');
/** The bench's servers: 48xx (beside other runs' ports). */
const BASE = Number(process.env.BENCH_PORT_BASE ?? 4840);
export const PORTS = {
  floor: BASE,
  deployed: BASE + 1,
  demo: BASE + 2,
  deployedMany: BASE + 3,
  api: BASE + 4,
  apiMany: BASE + 5,
};
/** The n-th --against checkout's deployed and demo shapes. */
export const otherPorts = (n) => ({
  deployed: BASE + 6 + 3 * n,
  demo: BASE + 7 + 3 * n,
  deployedMany: BASE + 8 + 3 * n,
});

const children = new Set();
export function stopChildren() {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  children.clear();
}
process.on('exit', stopChildren);

function node(args, env, { wait = true, cwd = ROOT } = {}) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', wait ? 'inherit' : 'ignore', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
    if (wait) process.stderr.write(d);
  });
  child.on('exit', () => children.delete(child));
  if (!wait) return { child, stderr: () => stderr };
  return new Promise((ok, fail) =>
    child.on('exit', (code) =>
      code === 0 ? ok() : fail(new Error(`${args.join(' ')} exited with ${code}`)),
    ),
  );
}

/** Waits until `url` answers (any status), or throws with the server's stderr. */
async function ready(url, server) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`server for ${url} stopped: ${server.stderr()}`);
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer: ${server.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * `vite preview` of `outDir` with the config of the checkout at `root` (its CSP headers, its
 * preloads; API_UPSTREAM: the unsigned proxy): another checkout is served as it would serve itself.
 */
export async function preview(outDir, port, upstream, root = ROOT) {
  const env = { TIDBCLOUD_PUBLIC_KEY: '', TIDBCLOUD_PRIVATE_KEY: '', API_UPSTREAM: upstream ?? '' };
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const server = node(
    [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    env,
    { wait: false, cwd: root },
  );
  const url = `http://127.0.0.1:${port}`;
  await ready(url + '/', server);
  return url;
}

/** `npm run api` (mocks/cli.mjs) on `port` with its data in `state`, answering after `latencyMs`. */
export async function api(port, state, latencyMs = 0) {
  const server = node(
    ['mocks/cli.mjs', '--port', String(port), '--state', state, '--latency', String(latencyMs)],
    {},
    { wait: false },
  );
  const url = `http://127.0.0.1:${port}`;
  await ready(url + '/v1beta1/clusters', server);
  return url;
}

/** A state file for `npm run api` holding the seed plus `count` connections on `clusterId`. */
export async function seededState(file, clusterId, count) {
  rmSync(file, { force: true });
  const { module } = await runnerImport(join(ROOT, 'mocks/server.ts'), {
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: { alias: { '@': join(ROOT, 'src'), '@mocks': join(ROOT, 'mocks') } },
  });
  const server = await module.createApiServer({ port: 0, stateFile: file });
  const added = server.db.seedMany(clusterId, count);
  await server.close();
  if (added !== count) throw new Error(`seedMany added ${added} connections, not ${count}`);
  return file;
}

/**
 * A production build of the console into .bench/<name>; `mock`: the demo (mock kept in). `root`: a
 * checkout to build instead of this one (--against: it builds with its own Vite and dependencies).
 */
export async function buildConsole(name, mock, root = ROOT) {
  const outDir = join(BENCH, name);
  const env = { VITE_MOCK_API: mock ? 'true' : '', TIDBCLOUD_PUBLIC_KEY: '', TIDBCLOUD_PRIVATE_KEY: '' };
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  await node([vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], env, {
    cwd: root,
  });
  return { outDir, mockFiles: mock ? mockOnlyFiles(outDir) : new Set() };
}

/** The files only mocks/browser.ts and the developer panel load (the mock's own code in the demo). */
function mockOnlyFiles(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const roots = Object.keys(manifest).filter(
    (k) => k === 'mocks/browser.ts' || k === 'src/features/mock-panel/mock-panel.tsx',
  );
  const reach = (starts, stop) => {
    const seen = new Set();
    const walk = (k) => {
      if (seen.has(k) || stop.has(k) || !manifest[k]) return;
      seen.add(k);
      for (const d of [...(manifest[k].imports ?? []), ...(manifest[k].dynamicImports ?? [])]) walk(d);
    };
    starts.forEach(walk);
    return seen;
  };
  const app = reach([entry], new Set(roots));
  const files = [...reach(roots, new Set())]
    .filter((k) => !app.has(k))
    .map((k) => manifest[k].file.split('/').pop());
  return new Set([...files, 'mockServiceWorker.js']);
}

const FLOOR_MAIN = `import { createRoot } from 'react-dom/client';
const COLUMNS = ['Name', 'ID', 'Type', 'Endpoint Service', 'State', 'Created'];
const ROWS = Array.from({ length: 20 }, (_, i) => ['connection-' + i, 'plc-' + String(i).padStart(20, '0'), 'AWS Endpoint Service',
  'com.amazonaws.vpce.us-east-1.vpce-svc-' + String(i).padStart(17, '0'), 'Active', 'Jun 1, 2026']);
function App() {
  return (
    <table>
      <thead><tr>{COLUMNS.map((c) => <th key={c}>{c}</th>)}</tr></thead>
      <tbody>{ROWS.map((r) => <tr key={r[1]}>{r.map((cell, j) => <td key={j}>{cell}</td>)}</tr>)}</tbody>
    </table>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`;

/** The floor: a bare Vite + React page rendering a static 20-row table, built with this repo's Vite. */
export async function buildFloor() {
  const root = join(BENCH, 'floor');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8" /><title>floor</title></head>\n<body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>\n',
  );
  writeFileSync(join(root, 'main.jsx'), FLOOR_MAIN);
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    plugins: [react()],
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return { outDir, mockFiles: new Set() };
}

const sizes = new Map();
/** A built file's size and its gzip size (zlib level 9, as scripts/check-bundle.mjs counts). */
export function sizeOf(outDir, file) {
  const key = `${outDir}/${file}`;
  if (!sizes.has(key)) {
    const path = [join(outDir, 'assets', file), join(outDir, file)].find((p) => existsSync(p));
    const buf = path ? readFileSync(path) : Buffer.alloc(0);
    sizes.set(key, { bytes: buf.length, gzip: buf.length ? gzipSync(buf, { level: 9 }).length : 0 });
  }
  return sizes.get(key);
}
