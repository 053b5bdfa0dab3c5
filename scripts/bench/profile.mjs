// npm run bench -- --profile: a Chromium performance trace (and a sampled JS profile) of the clicks on
// Create, on the row menu and on Attach Domains at 4× CPU, after the page went idle as in the bench.
// Summarizes what the renderer's main thread did between the pointerdown and the first painted frame
// of what it opens; each trace is written to .bench/<click>-<shape>.trace.json (open it in Chrome
// DevTools › Performance).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CREATE, PAGE, ROW, load, newPage, settleIdle } from './session.mjs';
import { BENCH } from './setup.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'latencyInfo',
].join(',');

/** The three clicks profiled: what is opened first (untraced), what is clicked, what it opens. */
const CLICKS = {
  create: { click: (page) => page.getByRole('button', { name: CREATE, exact: true }), opens: '[role=dialog]' },
  menu: { click: (page) => page.getByRole('button', { name: `Actions for ${ROW}` }), opens: '[role=menu]' },
  attach: {
    before: async (page) => {
      await page.getByRole('button', { name: `Actions for ${ROW}` }).click();
      await page.getByRole('menuitem', { name: 'Attach Domains' }).waitFor();
      await page.waitForTimeout(500);
    },
    click: (page) => page.getByRole('menuitem', { name: 'Attach Domains' }),
    opens: '[role=dialog]',
  },
};

export async function profileClicks(browser, target, rate) {
  const out = {};
  for (const [what, c] of Object.entries(CLICKS)) out[what] = await profileClick(browser, target, rate, what, c);
  return out;
}

async function profileClick(browser, target, rate, what, { before, click, opens }) {
  const { context, page, cdp } = await newPage(browser, rate);
  try {
    await load(page, target.url + PAGE);
    await settleIdle(page);
    await before?.(page);
    await page.evaluate((s) => window.__bench.watchFor(s), opens);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await click(page).click();
    await page.waitForFunction(() => window.__bench.watch.at > 0, null, { polling: 50 });
    await page.waitForTimeout(300);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const { profile } = await cdp.send('Profiler.stop');
    const own = await page.evaluate(() => window.__bench.watch);
    const name = target.mockFiles.size ? 'demo' : 'deployed';
    writeFileSync(join(BENCH, `${what}-${name}.trace.json`), JSON.stringify(trace));
    return summarize(trace.traceEvents, profile, own);
  } finally {
    await context.close();
  }
}

function summarize(events, profile, own) {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'EventDispatch'),
  );
  const onMain = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const down = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown');
  if (!down) return { error: 'no pointerdown in the trace' };
  const start = down.ts;
  const frameAt = start + (own.at - own.ts) * 1000;
  const paint = onMain.find((e) => e.ts >= frameAt && /^(Paint|PrePaint|Commit)$/.test(e.name));
  const end = paint ? paint.ts + paint.dur : frameAt;
  const inWindow = onMain.filter((e) => e.ts >= start && e.ts < end);
  // Self time per event name (nested complete events on one thread).
  const self = new Map();
  const stack = [];
  for (const e of inWindow) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    // CPU time (tdur, the thread's own time): what the page ran, without the time it waited for a core.
    const cpu = e.tdur ?? e.dur;
    if (parent) self.set(parent.label, (self.get(parent.label) ?? 0) - cpu);
    const label =
      e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.compile'
        ? `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()}`
        : e.name;
    self.set(label, (self.get(label) ?? 0) + cpu);
    stack.push({ ts: e.ts, dur: e.dur, label });
  }
  const tasks = inWindow.filter((e) => e.name === 'RunTask');
  const requests = events
    .filter((e) => e.name === 'ResourceSendRequest' && e.ts >= start && e.ts < end)
    .map((e) => (e.args?.data?.url ?? '').split('/').pop());
  return {
    windowMs: (end - start) / 1000,
    ownMs: own.at - own.ts,
    busyMs: tasks.reduce((s, t) => s + t.dur, 0) / 1000,
    cpuMs: tasks.reduce((s, t) => s + (t.tdur ?? t.dur), 0) / 1000,
    tasks: tasks
      .filter((t) => t.dur >= 4000)
      .map((t) => `${Math.round(t.dur / 1000)} (CPU ${Math.round((t.tdur ?? t.dur) / 1000)})`),
    byEvent: [...self]
      .filter(([, us]) => us > 1000)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([n, us]) => [n, Math.round(us / 1000)]),
    byFunction: jsSelfTime(profile, start, end),
    requests,
  };
}

/** Self time per JS function (file:function) of the sampled profile within the window (trace clock, µs). */
function jsSelfTime(profile, start, end) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (t < start || t >= end) return;
    const f = nodes.get(id).callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    const key = `${f.url.split('/').pop() || '(native)'}:${f.functionName || '(anonymous)'}`;
    totals.set(key, (totals.get(key) ?? 0) + dt);
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, us]) => [k, Math.round(us / 1000)]);
}

export function printProfile(p) {
  const lines = [
    '',
    'Profile: the clicks on Create, the row menu and Attach Domains at 4× CPU, pointerdown → the frame painted (main thread)',
  ];
  for (const [shape, r] of Object.entries(p).flatMap(([s, clicks]) => Object.entries(clicks).map(([c, r]) => [`${s} ${c}`, r]))) {
    if (r.error) {
      lines.push(`  ${shape}: ${r.error}`);
      continue;
    }
    lines.push(
      `  ${shape}: ${Math.round(r.windowMs)} ms in the trace (own measure ${Math.round(r.ownMs)} ms), main thread in tasks ${Math.round(r.busyMs)} ms, of which its own CPU time ${Math.round(r.cpuMs)} ms; tasks ≥ 4 ms: ${r.tasks.join(', ')} ms`,
      `    requests: ${r.requests.join(', ') || 'none'}`,
      `    CPU self time by trace event (ms): ${r.byEvent.map(([n, ms]) => `${n} ${ms}`).join(', ')}`,
      `    sampled JS self time by function (ms, wall): ${r.byFunction.map(([n, ms]) => `${n} ${ms}`).join(', ')}`,
    );
  }
  return lines.join('\n');
}
