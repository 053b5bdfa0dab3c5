// npm run bench: one run of a shape in a fresh browser context (see the header of scripts/bench.mjs).
import { instrument, readInteractions, readLoad } from './page.mjs';
import { sizeOf } from './setup.mjs';

export const CREATE = 'Create Private Link Connection';
export const CLUSTER = '1379661944646413143';
export const PAGE = `/clusters/${CLUSTER}/settings/networking`;
export const MANY = 1000;
export const TYPED = 'kafka';
const NAME = 'bench-name';
export const ROW = 'orders-rds';

export async function newPage(browser, rate) {
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    locale: 'en-US',
    serviceWorkers: 'allow',
  });
  await context.addInitScript(() =>
    localStorage.setItem('plc-mock-config', JSON.stringify({ latencyMs: 0 })),
  );
  await context.addInitScript(instrument, { create: CREATE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

export async function load(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__bench?.usableAt > 0, null, { polling: 50, timeout: 120_000 });
}

/** At least `minMs`, then until no resource was requested for 500 ms, then an idle callback. */
export function settleIdle(page, minMs = 1000) {
  return page.evaluate(async (min) => {
    const t0 = performance.now();
    let count = performance.getEntriesByType('resource').length;
    let changed = t0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      const n = performance.getEntriesByType('resource').length;
      if (n !== count) [count, changed] = [n, performance.now()];
      if (performance.now() - t0 >= min && performance.now() - changed >= 500) break;
    }
    await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
  }, minMs);
}

const gzipOf = (target, files) => files.reduce((s, f) => s + sizeOf(target.outDir, f).gzip, 0);

/** The load figures; JS counted once per file, gzip of the built file. */
function loadFigures(target, r) {
  // The mock's service worker script is fetched by the registration, not by the page: added when it controls the page.
  const withWorker = (files) =>
    r.worker && !files.includes('mockServiceWorker.js') ? [...files, 'mockServiceWorker.js'] : files;
  const usableFiles = withWorker(r.jsUsable);
  const clickFiles = withWorker(r.jsIdle);
  return {
    rows: r.rows,
    usable: r.usable,
    lcp: r.lcp,
    tbt: r.tbt,
    jsUsable: gzipOf(target, usableFiles),
    jsClick: gzipOf(target, clickFiles),
    mockUsable: gzipOf(
      target,
      usableFiles.filter((f) => target.mockFiles.has(f)),
    ),
    filesUsable: usableFiles,
    filesClick: clickFiles,
    apiCalls: r.apiCalls,
  };
}

async function mark(page, label, extra = {}) {
  await page.evaluate(
    ({ label, extra }) => window.__bench.marks.push({ label, at: performance.now(), ...extra }),
    { label, extra },
  );
}

/** Waits for the frame the watched element appeared in; then lets Event Timing report. */
async function watched(page) {
  await page.waitForFunction(() => window.__bench.watch.at > 0, null, { polling: 50, timeout: 60_000 });
  const ms = await page.evaluate(() => window.__bench.watch.at - window.__bench.watch.ts);
  await page.waitForTimeout(300);
  return ms;
}

/** Floor: the load only. */
export async function runFloor(browser, target, rate) {
  const { context, page } = await newPage(browser, rate);
  try {
    await load(page, target.url + '/');
    await settleIdle(page);
    return loadFigures(target, await page.evaluate(readLoad));
  } finally {
    await context.close();
  }
}

/** The console (deployed or demo): the load, the listed interactions, then the page with 1,000 connections. */
export async function runConsole(browser, target, rate) {
  const { context, page } = await newPage(browser, rate);
  try {
    await load(page, target.url + PAGE);
    await settleIdle(page);
    const figures = loadFigures(target, await page.evaluate(readLoad));
    const own = {};
    // open Create
    await mark(page, 'open Create', { count: 1 });
    await page.evaluate(() => window.__bench.watchFor('[role=dialog]'));
    await page.getByRole('button', { name: CREATE, exact: true }).click();
    own.create = await watched(page);
    // type a name, one key at a time
    const name = page.getByRole('dialog').getByLabel('Private Link Connection Name');
    await name.focus();
    await mark(page, 'type a name', { count: NAME.length });
    await name.pressSequentially(NAME, { delay: 100 });
    await page.waitForTimeout(300);
    await mark(page, 'other');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // open the row menu
    await mark(page, 'open the row menu', { count: 1 });
    await page.evaluate(() => window.__bench.watchFor('[role=menu]'));
    await page.getByRole('button', { name: `Actions for ${ROW}` }).click();
    own.menu = await watched(page);
    // open Attach Domains
    await mark(page, 'open Attach Domains', { count: 1 });
    await page.evaluate(() => window.__bench.watchFor('[role=dialog]'));
    await page.getByRole('menuitem', { name: 'Attach Domains' }).click();
    own.attach = await watched(page);
    // switch the domain type
    await mark(page, 'switch the domain type', { count: 1 });
    await page
      .getByRole('dialog')
      .getByRole('radio', { name: /Confluent/ })
      .click();
    await page.waitForTimeout(300);
    await mark(page, 'other');
    const interactions = await page.evaluate(readInteractions);
    await page.keyboard.press('Escape');
    const many = await runMany(page, target, rate);
    return { ...figures, own, interactions, many };
  } finally {
    await context.close();
  }
}

/** 1,000 connections: the page opened with them (seeded before, untimed), then "kafka" typed in Filter. */
async function runMany(page, target, rate) {
  if (target.mockFiles.size) {
    // demo: the mock's data is this context's localStorage; the worker is already installed (a second visit)
    const added = await page.evaluate(({ c, n }) => window.__plcMock.seedMany(c, n), { c: CLUSTER, n: MANY });
    if (added !== MANY) throw new Error(`seedMany added ${added}`);
    await load(page, target.url + PAGE);
  } else {
    await load(page, target.manyUrl + PAGE); // an API whose data has the 1,000 (scripts/bench/setup.mjs)
  }
  await settleIdle(page);
  const r = await page.evaluate(readLoad);
  const search = page.getByRole('searchbox', { name: 'Filter' });
  await search.focus();
  const quiet = rate > 1 ? 600 : 300;
  await page.evaluate(() => {
    const m = window.__bench;
    m.keys = [];
    new MutationObserver(() => {
      const k = m.keys.at(-1);
      if (!k) return;
      const at = (k.lastMutation = performance.now());
      requestAnimationFrame(() => k.lastMutation === at && (k.frameAfter = performance.now()));
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
    addEventListener(
      'keydown',
      (e) => {
        const k = { ts: e.timeStamp, lastMutation: 0, frameAfter: 0, firstFrame: 0 };
        m.keys.push(k);
        requestAnimationFrame(() => (k.firstFrame = performance.now())); // the frame showing the typed letter
      },
      { capture: true },
    );
  });
  await mark(page, 'filter keystroke', { count: TYPED.length });
  const keys = [];
  for (const ch of TYPED) {
    await page.keyboard.press(ch);
    // Settled: no spinner, the last change painted, and nothing changed for `quiet` ms.
    keys.push(
      await page.evaluate(async (quietMs) => {
        const m = window.__bench;
        const k = m.keys.at(-1);
        for (;;) {
          await new Promise((r) => setTimeout(r, 50));
          const painted = k.firstFrame > 0 && (k.lastMutation ? k.frameAfter > k.lastMutation : true);
          if (
            painted &&
            !document.querySelector('main .animate-spin') &&
            performance.now() - Math.max(k.ts, k.lastMutation) > quietMs
          )
            break;
        }
        return {
          ms: Math.max(k.firstFrame, k.lastMutation ? k.frameAfter : 0) - k.ts,
          rows: document.querySelectorAll('[data-testid=connection-row]').length,
        };
      }, quiet),
    );
  }
  await mark(page, 'other');
  await page.waitForTimeout(300);
  const et = (await page.evaluate(readInteractions))['filter keystroke'];
  return { rows: r.rows, listToRows: r.listToRows, rowCount: r.rowCount, keys, keyEventTiming: et };
}
