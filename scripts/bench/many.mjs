// npm run bench: the page with 1,000 connections and a filter typed into it (see scripts/bench.mjs).
import { readInteractions, readLoad } from './page.mjs';
import { CLUSTER, MANY, PAGE, TYPED, load, mark, settleIdle } from './session.mjs';

/** 1,000 connections: the page opened with them (seeded before, untimed), then "kafka" typed in Filter. */
export async function runMany(page, target, rate) {
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
            !document.querySelector('main [class*=animate-spin]') &&
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
