#!/usr/bin/env node
// Builds the production bundle (without the mock, as deployed) and checks, without timing anything:
// - the initial JavaScript (the entry, the app's start and what they import statically) stays within budget, gzip;
// - no secret or token is in any emitted file;
// - the mock is not shipped;
// - what a deployment serves (server/serve.mjs on the build) carries the strict CSP on every page
//   and asset, and the build needs nothing the CSP forbids (no inline script);
// - the app uses one zod flavour (zod/mini: no classic `zod` import outside tests);
// - every chunk but the entry's starts with V8's compile hint (scripts/compile-hints.mjs);
// - index.html modulepreloads the app's and the Networking page's chunks (scripts/route-preload.mjs).
// Usage: node scripts/check-bundle.mjs [--json]
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readSettings } from '../server/env.mjs';
import { staticFiles } from '../server/serve.mjs';
import { COMPILE_HINT, entryFiles, staticGraph } from './compile-hints.mjs';
import { APP_START, chunkName, PAGE_START } from './route-preload.mjs';

/**
 * Initial JS budget, gzip bytes: the entry chunk, the app's start (src/app/render-app.tsx, which the
 * entry imports at once) and what they import statically, which is what a build without the mock
 * loads before its first render (the bench's "JS before usable" adds the route's own chunk and the
 * lazy parts the rows show, e.g. a pending row's guidance). 134.6 KiB when set, with 0.1 KiB of
 * headroom. They hold React, TanStack Query and Router, the loaders and the API client, zod/mini,
 * the English messages and the console's bar, all compiled by the React Compiler; the Networking
 * page (src/app/networking-page.tsx: the panel and its list), Radix (dialogs and menus), other
 * languages' messages and everything opened on demand load later.
 * Lower it as the first render sheds code; raise it only with a reason in the commit message.
 */
export const INITIAL_JS_BUDGET_GZIP = Math.round(134.7 * 1024);
const OUT = 'dist-budget';

const SECRET_PATTERNS = [
  [/AKIA[0-9A-Z]{16}/, 'AWS access key ID'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'private key'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'GitHub token'],
  [/\bsk-[A-Za-z0-9]{32,}\b/, 'API secret key'],
  [/\bxox[baprs]-[A-Za-z0-9-]{10,}\b/, 'Slack token'],
  [/Authorization["']?\s*[:=]\s*["'](Basic|Bearer|Digest) [A-Za-z0-9+/=._-]{8,}/i, 'hard-coded Authorization header'],
  [/(api[_-]?key|private[_-]?key|client[_-]?secret)["']?\s*[:=]\s*["'][A-Za-z0-9+/=_-]{16,}["']/i, 'hard-coded key'],
];

/**
 * The TiDB Cloud API key the build runs with: the user's own (environment or .env.local) when set,
 * else a random stand-in, so that the check proves on every run that no key reaches the bundle.
 */
const KEYS = readSettings().keys ?? {
  publicKey: `PUBCANARY${randomBytes(6).toString('hex')}`,
  privateKey: `private-canary-${randomBytes(12).toString('hex')}`,
};

export function build() {
  rmSync(OUT, { recursive: true, force: true });
  const env = { ...process.env };
  delete env.VITE_MOCK_API;
  env.TIDBCLOUD_PUBLIC_KEY = KEYS.publicKey;
  env.TIDBCLOUD_PRIVATE_KEY = KEYS.privateKey;
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', OUT, '--manifest', '--logLevel', 'error'], {
    stdio: 'inherit',
    env,
  });
}

/** The build's chunks as compile-hints.mjs reads them, from Vite's manifest. */
function manifestChunks(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const chunks = Object.values(manifest).map((c) => ({
    fileName: c.file,
    isEntry: Boolean(c.isEntry),
    imports: (c.imports ?? []).map((key) => manifest[key].file),
  }));
  /** The file of the chunk that holds `module` (route-preload.mjs' startGroups names it after it). */
  const fileOf = (module) => Object.values(manifest).find((c) => c.name === chunkName(module) && !c.isEntry)?.file;
  return { chunks, fileOf };
}

/** The entry, the app's start (which the entry imports at once) and their static imports: what loads before the first render. */
export function initialChunks(outDir = OUT) {
  const { chunks, fileOf } = manifestChunks(outDir);
  const appStart = fileOf(APP_START);
  return [...staticGraph(chunks, [...entryFiles(chunks), ...(appStart ? [appStart] : [])])].map((f) => {
    const bytes = readFileSync(join(outDir, f));
    return { file: f, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

function allFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

/**
 * Serves the build as `npm run serve` does and reads the headers of a page route, the index and an
 * asset: each must carry the CSP (scripts from the page's origin only, no plugin, no framing).
 * @returns {Promise<string[]>} problems
 */
export async function servedCspProblems(outDir = OUT) {
  const server = createServer(staticFiles(outDir));
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const problems = [];
  try {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    if (/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(html)) problems.push('index.html has an inline script, which the CSP forbids');
    for (const path of ['/', '/clusters/1/settings/networking', asset ?? '/index.html']) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      await res.arrayBuffer();
      const csp = res.headers.get('content-security-policy') ?? '';
      const directive = (name) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
      if (!csp) problems.push(`${path}: served without a Content-Security-Policy`);
      else {
        if (directive('script-src') !== "script-src 'self'") problems.push(`${path}: script-src is not 'self' only (${directive('script-src') || 'missing'})`);
        if (directive('object-src') !== "object-src 'none'") problems.push(`${path}: object-src is not 'none'`);
        if (directive('frame-ancestors') !== "frame-ancestors 'none'") problems.push(`${path}: frame-ancestors is not 'none'`);
      }
    }
  } finally {
    server.close();
  }
  return problems;
}

/** Source files of the app (tests aside) importing classic zod instead of zod/mini. */
export function classicZodImports(dir = 'src') {
  return allFiles(dir).filter((f) => /\.tsx?$/.test(f) && !/\.(test|stories)\.tsx?$/.test(f) && /from ['"]zod['"]/.test(readFileSync(f, 'utf8')));
}

/** Chunks outside the entry's graph that do not start with the compile hint, and the entry's that carry it. */
export function compileHintProblems(outDir = OUT) {
  const entry = new Set([...entryFiles(manifestChunks(outDir).chunks)].map((f) => join(outDir, f)));
  return allFiles(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => {
      const hinted = readFileSync(f, 'utf8').startsWith(`${COMPILE_HINT}\n`);
      if (entry.has(f)) return hinted ? [`${f}: an entry chunk with the compile hint (it would hold back the start)`] : [];
      return hinted ? [] : [`${f}: a chunk outside the entry's without the compile hint`];
    });
}

/** index.html must modulepreload the app's and the route's page chunks (scripts/route-preload.mjs); problems if not. */
export function routePreloadProblems(outDir = OUT, modules = PAGE_START) {
  const { fileOf } = manifestChunks(outDir);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return modules.flatMap((module) => {
    const file = fileOf(module);
    return file && html.includes(`<link rel="modulepreload" crossorigin href="/${file}">`) ? [] : [`index.html does not modulepreload ${module} (${file ?? 'no chunk'})`];
  });
}

async function main() {
  build();
  const chunks = initialChunks();
  const gzip = chunks.reduce((s, c) => s + c.gzip, 0);
  const raw = chunks.reduce((s, c) => s + c.bytes, 0);
  const problems = [];
  for (const file of allFiles(OUT)) {
    const text = readFileSync(file, 'utf8');
    for (const [re, what] of SECRET_PATTERNS) if (re.test(text)) problems.push(`${file}: looks like a ${what}`);
    if (text.includes(KEYS.privateKey)) problems.push(`${file}: contains the TiDB Cloud private key`);
    if (/mockServiceWorker|__plcMock|setupWorker/.test(text)) problems.push(`${file}: contains the mocked API`);
  }
  // public/mockServiceWorker.js is copied as is: harmless, the worker does nothing unless the app
  // registers it, which a build without the mock cannot (checked above: no setupWorker in any chunk).
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ chunks, gzip, raw, budget: INITIAL_JS_BUDGET_GZIP, problems }));
  } else {
    for (const c of chunks) console.log(`  ${c.file.padEnd(44)} ${kb(c.bytes).padStart(10)}  gzip ${kb(c.gzip).padStart(9)}`);
    console.log(`initial JS: ${kb(raw)}, gzip ${kb(gzip)} (budget ${kb(INITIAL_JS_BUDGET_GZIP)})`);
  }
  if (gzip > INITIAL_JS_BUDGET_GZIP) problems.push(`initial JS is ${kb(gzip)} gzip, over the ${kb(INITIAL_JS_BUDGET_GZIP)} budget`);
  problems.push(...(await servedCspProblems()));
  for (const f of classicZodImports()) problems.push(`${f}: imports classic zod (the app uses zod/mini)`);
  problems.push(...compileHintProblems());
  problems.push(...routePreloadProblems());
  rmSync(OUT, { recursive: true, force: true });
  if (problems.length) {
    for (const p of problems) console.error(`bundle check: ${p}`);
    process.exit(1);
  }
  console.log('bundle check: ok (within budget, no secret, no TiDB Cloud key, no mock, served under the CSP, zod/mini only, compile hints outside the entry, the app’s and the page’s chunks modulepreloaded)');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
