#!/usr/bin/env node
// npm run bench — how fast the console is where users feel it, beside a floor, in one run at 1× and
// 4× CPU. Prints figures; it is not a test and never fails on a number.
//
//   node scripts/bench.mjs [--runs N | --quick] [--profile | --profile-only] [--against DIR] [--api-latency MS]
//   (default 5 runs; --quick = 2; --api-latency: the API answers after MS, both shapes, default 0)
//
// --against DIR (repeatable): an A/B in the same run. DIR is another checkout of this repo with its dependencies
// installed (e.g. `git worktree add /tmp/base <ref> && (cd /tmp/base && npm ci)`); its deployed and
// demo shapes are built with its own Vite and run in turn with this tree's, against the same API,
// and a last table sets the main figures of both side by side. Each checkout's build is served by its own
// `vite preview` and config (what its server adds, e.g. preloads, is part of what is measured).
//
// Three shapes, each a production build served by `vite preview` with this repo's config (so under
// the production Content-Security-Policy), on 127.0.0.1:4840–4845:
// - floor: a bare Vite + React page (.bench/floor) rendering a static 20-row, 6-column table.
// - deployed: the console built without the mock (as deployed), `vite preview` forwarding /v1beta1
//   unsigned (API_UPSTREAM, server/vite-plugin.mjs) to `npm run api` (mocks/cli.mjs: the same MSW
//   handlers over HTTP, latency 0 or --api-latency, data in .bench/api.json reset each bench).
// - demo: the console built with the mock in the page (VITE_MOCK_API=true), mock latency 0 or
//   --api-latency (localStorage plc-mock-config), its service worker registering as on a first visit.
// Every run opens a fresh browser context: cold HTTP cache (also disabled over CDP), no service
// worker, CPU slowed with CDP Emulation.setCPUThrottlingRate (the page's main thread; the mock's
// service worker runs in its own thread, unthrottled). Viewport 1360×900. Runs of the three shapes
// alternate, so load on the machine spreads over all three. Cells: median (min–max) over the runs.
//
// What each figure is (times are the page's performance.now() / event timeStamp: from navigation start):
// - rows visible: the first animation frame in which a connection row ([data-testid=connection-row];
//   floor: all 20 <tr>) is laid out, found by a requestAnimationFrame poll from an init script.
// - usable: the first such frame in which "Create Private Link Connection" is also enabled.
// - LCP: the last largest-contentful-paint entry before the first input (buffered observer).
// - blocking time: Σ max(0, duration − 50 ms) of the longtask entries that started before rows visible.
// - JS before usable / before the first click: the .js files the page requested (Resource Timing)
//   before usable / before the first click (after the page went idle: ≥ 1 s, no request for 500 ms,
//   an idle callback — so idle prefetches count), each file once, as the gzip size (zlib level 9, as
//   scripts/check-bundle.mjs) of the built file; the demo adds mockServiceWorker.js once it controls
//   the page. "of which the mock": the files only mocks/browser.ts and the developer panel load (since
//   src/main.tsx imports the mock statically, its code is in the demo's entry chunk and not counted
//   here: the demo's JS before usable minus the deployed shape's is the better measure).
// - click X → frame (own): the pointerdown's timeStamp → the first animation frame in which the
//   dialog / menu is laid out (lazy code included; the paint follows that frame).
// - Event Timing: per interaction, the longest 'event' entry sharing its interactionId (pointerdown →
//   click, keydown → keyup): input → the next paint after its handlers. The browser reports only
//   entries ≥ 16 ms (rounded to 8 ms): an interaction without one counts as 0, shown "< 16 ms".
//   "type a name": 10 keys into the Create dialog's name, the worst key per run. "every interaction
//   above": all of them (each key one) pooled over the runs, worst and 75th percentile.
// - 1,000 connections: the same page after adding 1,000 connections to the cluster, untimed (demo:
//   window.__plcMock.seedMany in the same context, the page opened again with the worker installed;
//   deployed: a second `npm run api` whose data file was seeded before, behind a second preview).
//   "list answer → rows visible": the last privateLinkConnections answer (Resource Timing
//   responseEnd) → rows visible. Filter key (own): each key of "kafka" typed in Filter, its keydown →
//   the later of the next frame and the frame after the last DOM change, once no spinner shows and nothing changed for 300 ms (600 ms
//   at 4×); the first key fetches every page (text is filtered in the page), the later ones do not.
// Targets (issue 13) are judged on the medians. Raw figures: .bench/results.json. --profile adds a
// Chromium performance trace of the 4× clicks on Create, the row menu and Attach Domains (scripts/bench/profile.mjs).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_INSTALL } from './chromium.mjs';
import { CLUSTER, MANY, runConsole, runFloor } from './bench/flows.mjs';
import { abTable, tables } from './bench/report.mjs';
import { INITIAL_JS_BUDGET_GZIP, initialChunks } from './check-bundle.mjs';
import {
  BENCH,
  PORTS,
  otherPorts,
  api,
  buildConsole,
  buildFloor,
  preview,
  seededState,
  stopChildren,
} from './bench/setup.mjs';

const argv = process.argv.slice(2);
const at = argv.indexOf('--runs');
const RUNS = argv.includes('--quick') ? 2 : at >= 0 ? Number(argv[at + 1]) : 5;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number ≥ 1');
const latencyAt = argv.indexOf('--api-latency');
const API_LATENCY_MS = latencyAt >= 0 ? Number(argv[latencyAt + 1]) : 0;
if (!Number.isInteger(API_LATENCY_MS) || API_LATENCY_MS < 0) throw new Error('--api-latency takes a whole number of milliseconds ≥ 0');
const PROFILE_ONLY = argv.includes('--profile-only');
const RATES = PROFILE_ONLY ? [] : [1, 4];
// Every --against DIR, in order.
const OTHERS = argv.flatMap((a, i) => (a === '--against' ? [resolve(argv[i + 1] ?? '')] : []));
for (const dir of OTHERS)
  if (!existsSync(join(dir, 'node_modules/vite')))
    throw new Error(`--against: ${dir} has no node_modules/vite (install it first)`);

let browser;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\nbench: ${signal}, stopping`);
    stopChildren();
    process.exit(130);
  });
}

async function main() {
  const t0 = Date.now();
  const found = await findChromium();
  if (!found) throw new Error(HOW_TO_INSTALL);
  mkdirSync(BENCH, { recursive: true });
  console.log(
    `bench: ${RUNS} run(s) per shape and CPU rate, API latency ${API_LATENCY_MS} ms, Chromium: ${found.source}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
  );
  const [floor, deployed, demo] = [
    await buildFloor(),
    await buildConsole('deployed', false),
    await buildConsole('demo', true),
  ];
  rmSync(join(BENCH, 'api.json'), { force: true });
  const manyState = await seededState(join(BENCH, 'api-many.json'), CLUSTER, MANY);
  const [apiUrl, apiManyUrl] = await Promise.all([
    api(PORTS.api, join(BENCH, 'api.json'), API_LATENCY_MS),
    api(PORTS.apiMany, manyState, API_LATENCY_MS),
  ]);
  floor.url = await preview(floor.outDir, PORTS.floor);
  deployed.url = await preview(deployed.outDir, PORTS.deployed, apiUrl);
  deployed.manyUrl = await preview(deployed.outDir, PORTS.deployedMany, apiManyUrl);
  demo.url = await preview(demo.outDir, PORTS.demo);
  deployed.latencyMs = demo.latencyMs = API_LATENCY_MS;
  const others = [];
  for (const [n, dir] of OTHERS.entries()) {
    const ports = otherPorts(n);
    const other = {
      dir,
      deployed: await buildConsole(`other-${n}-deployed`, false, dir),
      demo: await buildConsole(`other-${n}-demo`, true, dir),
    };
    other.deployed.url = await preview(other.deployed.outDir, ports.deployed, apiUrl, dir);
    other.deployed.manyUrl = await preview(other.deployed.outDir, ports.deployedMany, apiManyUrl, dir);
    other.demo.url = await preview(other.demo.outDir, ports.demo, undefined, dir);
    other.deployed.latencyMs = other.demo.latencyMs = API_LATENCY_MS;
    console.log(`against ${dir}: deployed ${other.deployed.url}, demo ${other.demo.url}`);
    others.push(other);
  }
  console.log(
    `built and serving in ${((Date.now() - t0) / 1000).toFixed(0)} s: floor ${floor.url}, deployed ${deployed.url}, demo ${demo.url}`,
  );
  browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
  const results = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    rates: RATES,
    apiLatencyMs: API_LATENCY_MS,
    against: OTHERS,
    runs: {},
    load: {},
  };
  try {
    for (const rate of RATES) {
      const runs = {
        floor: [],
        deployed: [],
        demo: [],
        others: others.map(() => ({ deployed: [], demo: [] })),
      };
      const load = [loadavg()[0]];
      process.stdout.write(`${rate}×: `);
      for (let i = 0; i < RUNS; i++) {
        runs.floor.push(await runFloor(browser, floor, rate));
        runs.deployed.push(await runConsole(browser, deployed, rate));
        runs.demo.push(await runConsole(browser, demo, rate));
        for (const [n, other] of others.entries()) {
          runs.others[n].deployed.push(await runConsole(browser, other.deployed, rate));
          runs.others[n].demo.push(await runConsole(browser, other.demo, rate));
        }
        process.stdout.write('.');
      }
      load.push(loadavg()[0]);
      process.stdout.write('\n');
      results.runs[rate] = runs;
      results.load[rate] = load;
    }
    if (argv.includes('--profile') || PROFILE_ONLY) {
      const { profileClicks } = await import('./bench/profile.mjs');
      results.profile = {
        deployed: await profileClicks(browser, deployed, 4),
        demo: await profileClicks(browser, demo, 4),
      };
    }
  } finally {
    await browser.close().catch(() => {});
    stopChildren();
  }
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\nChromium ${results.chromium}, ${cpus().length} CPUs\n`);
  if (RATES.length) {
    console.log(tables(results));
    for (const n of others.keys()) console.log(abTable(results, n), '\n');
    // npm test's budget (scripts/check-bundle.mjs) counts what loads before the first render: a part
    // of what the deployed shape loaded before usable (which adds the route's page and its lazy parts).
    const counted = initialChunks(deployed.outDir).map((c) => c.file.split('/').pop());
    const fewest = results.runs[RATES[0]].deployed.reduce((a, b) =>
      b.filesUsable.length < a.filesUsable.length ? b : a,
    );
    const loaded = fewest.filesUsable;
    const missing = counted.filter((f) => !loaded.includes(f));
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(
      `check-bundle's count of the deployed build: ${kib(initialChunks(deployed.outDir).reduce((t, c) => t + c.gzip, 0))} gzip (budget ${kib(INITIAL_JS_BUDGET_GZIP)}); ${missing.length ? `files it counts that the deployed shape did NOT load before usable: ${missing.join(', ')}` : `its ${counted.length} files are among the ${loaded.length} the deployed shape loaded before usable (in its run with the fewest)`}`,
    );
  }
  if (results.profile) {
    const { printProfile } = await import('./bench/profile.mjs');
    console.log(printProfile(results.profile));
  }
  const busy = Math.max(loadavg()[0], ...Object.values(results.load).flat());
  if (busy > cpus().length / 2)
    console.log(
      `\nnote: the load average reached ${busy.toFixed(1)} on ${cpus().length} CPUs: other processes shared the CPU, the times are noisy`,
    );
  console.log(`\nbench: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  browser?.close().catch(() => {});
  stopChildren();
  process.exit(1);
});
