// npm run bench: one run of a shape in a fresh browser context (see the header of scripts/bench.mjs).
import { readInteractions, readLoad } from './page.mjs';
import { runMany } from './many.mjs';
import { CREATE, PAGE, ROW, load, mark, newPage, settleIdle } from './session.mjs';
import { sizeOf } from './setup.mjs';

export { CLUSTER, CREATE, MANY, PAGE, ROW, TYPED } from './session.mjs';
const NAME = 'bench-name';

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
    jsEnd: r.jsEnd,
    firstRead: r.firstRead,
    listEnd: r.listEnd,
    listToRows: r.listToRows,
  };
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
  const { context, page } = await newPage(browser, rate, target.latencyMs);
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

