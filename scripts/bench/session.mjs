// npm run bench: what every flow shares: the page's constants, a fresh throttled browser context, the
// load, the wait for an idle page, and marks that label the interactions that follow.
import { instrument } from './page.mjs';

export const CREATE = 'Create Private Link Connection';
export const CLUSTER = '1379661944646413143';
export const PAGE = `/clusters/${CLUSTER}/settings/networking`;
export const MANY = 1000;
export const TYPED = 'kafka';
export const ROW = 'orders-rds';

/** A fresh context at CPU `rate`; the demo's mock answers after `latencyMs` (the bench's --api-latency). */
export async function newPage(browser, rate, latencyMs = 0) {
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    locale: 'en-US',
    serviceWorkers: 'allow',
  });
  await context.addInitScript(
    (ms) => localStorage.setItem('plc-mock-config', JSON.stringify({ latencyMs: ms })),
    latencyMs,
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

/** Labels the interactions from now on (Event Timing entries are grouped by the last mark). */
export async function mark(page, label, extra = {}) {
  await page.evaluate(
    ({ label, extra }) => window.__bench.marks.push({ label, at: performance.now(), ...extra }),
    { label, extra },
  );
}
