#!/usr/bin/env node
// npm run bench — performance figures of the console against a floor (a bare Vite + React page that
// renders a static 20-row table), measured in Chromium at 1× and 4× CPU throttling.
//
//   node scripts/bench.mjs [--runs N] [--quick]
//
// Both are production builds served by `vite preview` on localhost; the console keeps the mocked API
// in its build (VITE_MOCK_API=true) with latency 0. What is measured, per run, in a fresh browser
// context (cold cache, the mock's service worker registering as on a first visit):
// - initial JS: the .js files loaded before the page is usable (Resource Timing), excluding the
//   mock's own chunk(s) and mockServiceWorker.js, which a real deployment does not ship. Preview does
//   not compress, so "gzip" is each file gzip'ed here (level 9); "decoded" is the file size.
// - usable: navigation start → rows visible and "Create Private Link Connection" enabled (floor: its
//   20 rows visible), timed in the page with performance.now().
// - LCP (largest-contentful-paint) and TBT (sum of long-task time over 50 ms before usable).
// - open Create: click → dialog visible, in the page (click event timeStamp → first frame after the
//   dialog appears), after a 1 s idle (the dialogs are prefetched when idle); and the Event Timing API's
//   worst interaction for that click.
// - 1,000 connections: the same page opened with `?mock-seed=1000` (the mock adds 1,000 connections,
//   see mocks/README.md): time to usable, list render (the list's answer → rows on screen), the worst Event Timing duration per keystroke while typing
//   5 characters in the Filter box (an entry exists only above 16 ms: none means under 16 ms), and long
//   tasks over 50 ms while scrolling to the bottom and back over ~1 s.
// - API requests on load: what the mock received until usable.
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_INSTALL } from './chromium.mjs';

const args = process.argv.slice(2);
const RUNS = args.includes('--quick') ? 2 : Number(args[args.indexOf('--runs') + 1]) || 5;
const ROOT = resolve('.');
const BENCH = join(ROOT, '.bench');
const CLUSTER = '1379661944646413143';
const PAGE = `/clusters/${CLUSTER}/settings/networking`;

// ---------------------------------------------------------------- builds

async function buildApp() {
  process.env.VITE_MOCK_API = 'true';
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: join(BENCH, 'app'), emptyOutDir: true, manifest: true },
  });
  delete process.env.VITE_MOCK_API;
  const outDir = join(BENCH, 'app');
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  // The mock: mocks/browser.ts's chunk and the chunks only it pulls in.
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const reach = (start, followDynamic) => {
    const seen = new Set();
    const walk = (k) => {
      if (seen.has(k) || !manifest[k]) return;
      seen.add(k);
      for (const d of manifest[k].imports ?? []) walk(d);
      if (followDynamic) for (const d of manifest[k].dynamicImports ?? []) walk(d);
    };
    walk(start);
    return seen;
  };
  // The mock and the developer panel (mock builds only).
  const mockKeys = Object.keys(manifest).filter((k) => k.includes('mocks/browser') || k.includes('src/app/dev/mock-panel'));
  const appWithoutMock = reach(entry, false);
  const mockFiles = new Set(
    mockKeys.flatMap((k) => [...reach(k, false)]).filter((k) => !appWithoutMock.has(k) || mockKeys.includes(k)).map((k) => manifest[k].file.split('/').pop()),
  );
  mockFiles.add('mockServiceWorker.js');
  return { outDir, exclude: mockFiles };
}

async function buildFloor() {
  const root = join(BENCH, 'floor');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>floor</title></head><body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>`,
  );
  writeFileSync(
    join(root, 'main.jsx'),
    `import { createRoot } from 'react-dom/client';
const rows = Array.from({ length: 20 }, (_, i) => ['conn-' + i, 'plc-' + i, 'AWS Endpoint Service', 'com.amazonaws.vpce.us-east-1.vpce-svc-' + i, 'Active', 'Nov 2, 2026']);
function App() {
  return (<table><thead><tr>{['Name','ID','Type','Endpoint Service','State','Created'].map((h) => <th key={h}>{h}</th>)}</tr></thead>
    <tbody>{rows.map((r) => <tr key={r[1]}>{r.map((c, j) => <td key={j}>{c}</td>)}</tr>)}</tbody></table>);
}
createRoot(document.getElementById('root')).render(<App />);
`,
  );
  await build({ root, configFile: false, plugins: [react()], logLevel: 'error', build: { outDir: join(root, 'dist'), emptyOutDir: true } });
  return { outDir: join(root, 'dist'), exclude: new Set() };
}

async function serve(outDir) {
  const server = await preview({ configFile: false, root: outDir, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls.local[0].replace(/\/$/, '');
  return { server, url };
}

// ---------------------------------------------------------------- measuring

const INSTRUMENT = `(() => {
  const m = (window.__bench = { long: [], lcp: 0, events: [], usableAt: 0 });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => m.long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (m.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => m.events.push([e.name, e.startTime, e.duration, e.interactionId]))).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const usable = () => {
    if (location.pathname.startsWith('/clusters')) {
      const rows = document.querySelectorAll('[data-testid=connection-row]').length;
      const create = [...document.querySelectorAll('button')].some((b) => b.textContent === 'Create Private Link Connection' && !b.disabled);
      return rows > 0 && create;
    }
    return document.querySelectorAll('tbody tr').length === 20;
  };
  const poll = () => (usable() ? (m.usableAt = performance.now()) : requestAnimationFrame(poll));
  requestAnimationFrame(poll);
})();`;

const gzipCache = new Map();
function jsSizes(outDir, entries, exclude) {
  let decoded = 0;
  let gzip = 0;
  const files = [];
  for (const name of entries) {
    const file = name.split('?')[0].split('/').pop();
    if (!file.endsWith('.js') || exclude.has(file)) continue;
    const path = join(outDir, 'assets', file);
    if (!existsSync(path)) continue;
    if (!gzipCache.has(path)) {
      const buf = readFileSync(path);
      gzipCache.set(path, [buf.length, gzipSync(buf, { level: 9 }).length]);
    }
    const [d, g] = gzipCache.get(path);
    decoded += d;
    gzip += g;
    files.push(file);
  }
  return { decoded, gzip, files };
}

async function newPage(browser, rate) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-US' });
  await context.addInitScript(() => localStorage.setItem('plc-mock-config', JSON.stringify({ latencyMs: 0 })));
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

async function load(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.usableAt > 0, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const m = window.__bench;
    const tbt = m.long.filter(([s]) => s < m.usableAt).reduce((a, [, d]) => a + Math.max(0, d - 50), 0);
    const js = performance.getEntriesByType('resource').filter((e) => e.startTime < m.usableAt && /\.js(\?|$)/.test(e.name)).map((e) => e.name);
    const requests = window.__plcMock ? window.__plcMock.requests().map((r) => r.endpoint) : [];
    // Rendering alone: from the list's answer to rows on screen.
    const list = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/privateLinkConnections?') && e.responseEnd <= m.usableAt)
      .at(-1);
    const render = list ? m.usableAt - list.responseEnd : 0;
    return { usable: m.usableAt, lcp: m.lcp, tbt, js, requests, render };
  });
}

async function measureApp(browser, target, rate) {
  const { context, page } = await newPage(browser, rate);
  try {
    const r = await load(page, target.url + PAGE);
    const sizes = jsSizes(target.outDir, r.js, target.exclude);
    await page.waitForTimeout(1000); // idle: the dialogs are prefetched
    await page.evaluate(() => {
      const m = window.__bench;
      m.events.length = 0;
      document.addEventListener('click', (e) => (m.clickAt = e.timeStamp), { capture: true, once: true });
      new MutationObserver((_, obs) => {
        if (document.querySelector('[role=dialog]')) {
          obs.disconnect();
          requestAnimationFrame(() => (m.dialogAt = performance.now()));
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
    await page.waitForFunction(() => window.__bench.dialogAt > 0);
    await page.waitForTimeout(300);
    const open = await page.evaluate(() => {
      const m = window.__bench;
      return { openCreate: m.dialogAt - m.clickAt, worstInteraction: Math.max(0, ...m.events.map((e) => e[2])) };
    });
    return { ...r, ...sizes, ...open };
  } finally {
    await context.close();
  }
}

async function measureFloor(browser, target, rate) {
  const { context, page } = await newPage(browser, rate);
  try {
    const r = await load(page, target.url + '/');
    return { ...r, ...jsSizes(target.outDir, r.js, target.exclude) };
  } finally {
    await context.close();
  }
}

async function measureMany(browser, target, rate) {
  const { context, page } = await newPage(browser, rate);
  try {
    const r = await load(page, `${target.url}${PAGE}?mock-seed=1000`);
    const total = await page.getByText(/^\d[\d,]* connections$/).textContent();
    const box = page.getByRole('searchbox', { name: 'Filter' });
    await box.click();
    const perKey = [];
    for (const ch of 'kafka') {
      await page.evaluate(() => (window.__bench.events.length = 0));
      await page.keyboard.type(ch);
      await page.waitForTimeout(250);
      await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
      perKey.push(await page.evaluate(() => Math.max(0, ...window.__bench.events.filter((e) => e[0].startsWith('key') || e[0] === 'input' || e[0] === 'beforeinput').map((e) => e[2]))));
    }
    await box.fill('');
    await page.waitForTimeout(300);
    const scrollLong = await page.evaluate(async () => {
      const m = window.__bench;
      const t0 = performance.now();
      const max = document.documentElement.scrollHeight;
      for (let i = 0; i <= 20; i++) {
        window.scrollTo(0, (max * (i <= 10 ? i : 20 - i)) / 10);
        await new Promise((r) => setTimeout(r, 50));
      }
      return m.long.filter(([s, d]) => s >= t0 && d > 50).length;
    });
    return { usable: r.usable, render: r.render, total, keystroke: perKey.sort((a, b) => a - b)[Math.floor(perKey.length / 2)], keystrokeMax: Math.max(...perKey), scrollLong };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- report

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)], min: s[0], max: s.at(-1) };
};
const fmt = (x, unit) => (unit === 'KiB' ? (x / 1024).toFixed(1) : unit === 'ms' ? x.toFixed(0) : String(x));
const cell = (xs, unit) => {
  const { median, min, max } = stats(xs);
  return min === max ? `${fmt(median, unit)} ${unit}` : `${fmt(median, unit)} ${unit} (${fmt(min, unit)}–${fmt(max, unit)})`;
};

async function main() {
  const found = await findChromium();
  if (!found) throw new Error(HOW_TO_INSTALL);
  console.log(`bench: ${RUNS} runs each, Chromium from ${found.source}`);
  mkdirSync(BENCH, { recursive: true });
  const appBuild = await buildApp();
  const floorBuild = await buildFloor();
  const app = { ...appBuild, ...(await serve(appBuild.outDir)) };
  const floor = { ...floorBuild, ...(await serve(floorBuild.outDir)) };
  const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
  const results = {};
  try {
    for (const rate of [1, 4]) {
      const runs = { app: [], floor: [], many: [] };
      for (let i = 0; i < RUNS; i++) {
        runs.floor.push(await measureFloor(browser, floor, rate));
        runs.app.push(await measureApp(browser, app, rate));
        runs.many.push(await measureMany(browser, app, rate));
        process.stdout.write('.');
      }
      results[`${rate}x`] = runs;
    }
  } finally {
    await browser.close();
    await app.server.close();
    await floor.server.close();
  }
  console.log('');
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2));

  const col = (rate, kind, key) => results[`${rate}x`][kind].map((r) => r[key]);
  const med = (rate, kind, key) => stats(col(rate, kind, key)).median;
  const ratio = (key) => (med(4, 'app', key) / Math.max(1e-9, med(4, 'floor', key))).toFixed(2);
  const rows = [
    ['initial JS, gzip', 'gzip', 'KiB', true, '≤ 1.30× floor'],
    ['initial JS, decoded', 'decoded', 'KiB', true, ''],
    ['time to usable', 'usable', 'ms', true, '≤ 1.50× floor'],
    ['LCP', 'lcp', 'ms', true, ''],
    ['TBT until usable', 'tbt', 'ms', true, ''],
    ['click Create → dialog', 'openCreate', 'ms', false, '< 100 ms'],
    ['worst interaction (Event Timing)', 'worstInteraction', 'ms', false, ''],
  ];
  const line = (...c) => `| ${c.join(' | ')} |`;
  const out = [line('metric', '1× median (min–max)', '4× median (min–max)', 'floor 4×', 'ratio 4×', 'target'), line('---', '---', '---', '---', '---', '---')];
  for (const [label, key, unit, comparable, target] of rows) {
    out.push(
      line(label, cell(col(1, 'app', key), unit), cell(col(4, 'app', key), unit), comparable ? cell(col(4, 'floor', key), unit) : '', comparable ? `${ratio(key)}×` : '', target),
    );
  }
  out.push(line('1,000 connections: time to usable (mock seeding included)', cell(col(1, 'many', 'usable'), 'ms'), cell(col(4, 'many', 'usable'), 'ms'), '', '', ''));
  out.push(line('1,000 connections: list render (answer → rows on screen)', cell(col(1, 'many', 'render'), 'ms'), cell(col(4, 'many', 'render'), 'ms'), '', '', '≤ 150 ms at 1×'));
  out.push(line('1,000 connections: keystroke in Filter (median of 5)', cell(col(1, 'many', 'keystroke'), 'ms'), cell(col(4, 'many', 'keystroke'), 'ms'), '', '', '≤ 16 ms at 1× (0 = no event over 16 ms)'));
  out.push(line('1,000 connections: worst keystroke', cell(col(1, 'many', 'keystrokeMax'), 'ms'), cell(col(4, 'many', 'keystrokeMax'), 'ms'), '', '', ''));
  out.push(line('1,000 connections: long tasks while scrolling', cell(col(1, 'many', 'scrollLong'), ''), cell(col(4, 'many', 'scrollLong'), ''), '', '', '0'));
  const reqs = results['1x'].app[0].requests;
  out.push(line('API requests on load', String(reqs.length), '', '', '', 'one per resource'));
  console.log(out.join('\n'));
  console.log(`\nrequests on load: ${reqs.join(', ')}`);
  console.log(`initial JS files (app): ${results['1x'].app[0].files.join(', ')}`);
  console.log(`excluded (mock): ${[...appBuild.exclude].join(', ')}`);
  console.log(`1,000 connections list: ${results['1x'].many[0].total}`);
  console.log(`raw figures: .bench/results.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
