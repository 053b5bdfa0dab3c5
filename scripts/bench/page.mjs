// npm run bench: what runs inside the page (init script and readers). Every time is the page's own
// performance.now() / event timeStamp: milliseconds since its navigation started.

/** Init script (before any script of the page): observers and the "rows visible" / "usable" frames. */
export function instrument({ create }) {
  if (window !== window.top) return;
  const m = (window.__bench = {
    long: [],
    lcp: [],
    events: [],
    rowsAt: 0,
    usableAt: 0,
    marks: [],
    watch: null,
  });
  const observe = (type, options, push) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(push)).observe({
        type,
        buffered: true,
        ...options,
      });
    } catch {
      // entry type not supported
    }
  };
  observe('longtask', {}, (e) => m.long.push([e.startTime, e.duration]));
  observe('largest-contentful-paint', {}, (e) => m.lcp.push(e.startTime));
  observe('event', { durationThreshold: 16 }, (e) =>
    m.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId ?? 0 }),
  );
  const laidOut = (el) => {
    const r = el?.getBoundingClientRect();
    return Boolean(r && r.width > 0 && r.height > 0);
  };
  m.laidOut = laidOut;
  const app = location.pathname.startsWith('/clusters/');
  const rowsVisible = () => {
    const rows = document.querySelectorAll(app ? '[data-testid=connection-row]' : 'tbody tr');
    return (app ? rows.length > 0 : rows.length === 20) && laidOut(rows[0]);
  };
  const createEnabled = () =>
    [...document.querySelectorAll('button')].some(
      (b) =>
        b.textContent.trim() === create &&
        !b.disabled &&
        b.getAttribute('aria-disabled') !== 'true' &&
        laidOut(b),
    );
  const poll = () => {
    if (!m.rowsAt && rowsVisible()) m.rowsAt = performance.now();
    if (m.rowsAt && (!app || createEnabled())) m.usableAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  // Input → the first frame in which `selector` is laid out (started by the next pointerdown).
  m.watchFor = (selector) => {
    const w = (m.watch = { ts: 0, at: 0 });
    addEventListener(
      'pointerdown',
      (e) => {
        w.ts = e.timeStamp;
        // Any match laid out: a dialog rendered ahead stays in the page, hidden, while another shows.
        const frame = () =>
          [...document.querySelectorAll(selector)].some(laidOut)
            ? (w.at = performance.now())
            : requestAnimationFrame(frame);
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  };
}

/** The load's figures, read once the page is idle (before any input). */
export function readLoad() {
  const m = window.__bench;
  const resources = performance.getEntriesByType('resource');
  const js = (until) => [
    ...new Set(
      resources
        .filter((e) => e.startTime < until && /\.m?js$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname.split('/').pop()),
    ),
  ];
  const api = resources.filter((e) => new URL(e.name).pathname.startsWith('/v1beta1/'));
  const list = api
    .filter((e) => /\/privateLinkConnections$/.test(new URL(e.name).pathname) && e.responseEnd <= m.rowsAt)
    .at(-1);
  return {
    rows: m.rowsAt,
    usable: m.usableAt,
    lcp: m.lcp.filter((t) => t <= performance.now()).at(-1) ?? null,
    tbt: m.long.filter(([start]) => start < m.rowsAt).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    jsUsable: js(m.usableAt),
    jsIdle: js(Infinity),
    worker: Boolean(navigator.serviceWorker?.controller),
    apiCalls: api
      .filter((e) => e.startTime < m.usableAt)
      .map((e) => new URL(e.name).pathname.replace(/^\/v1beta1/, '') + new URL(e.name).search),
    listToRows: list ? m.rowsAt - list.responseEnd : null,
    // Where the time to rows goes: the last JS file before the first read, the first read's start, the list's answer.
    jsEnd: Math.max(0, ...resources.filter((e) => /\.m?js$/.test(new URL(e.name).pathname) && e.startTime < (api[0]?.startTime ?? Infinity)).map((e) => e.responseEnd)),
    firstRead: api[0]?.startTime ?? null,
    listEnd: list?.responseEnd ?? null,
    rowCount: document.querySelectorAll('[data-testid=connection-row]').length,
  };
}

/**
 * Event Timing per labelled action: the longest entry of each interaction (pointerdown/up/click or
 * keydown/up share an interactionId), under the last mark set before it started. Nothing under
 * 16 ms is reported by the browser: an action without an entry counts as 0 (shown as "< 16 ms").
 */
export function readInteractions() {
  const m = window.__bench;
  const byId = new Map();
  for (const e of m.events)
    if (e.id)
      byId.set(e.id, {
        start: Math.min(e.start, byId.get(e.id)?.start ?? Infinity),
        duration: Math.max(e.duration, byId.get(e.id)?.duration ?? 0),
      });
  const out = {};
  for (const [i, mark] of m.marks.entries()) {
    const end = m.marks[i + 1]?.at ?? Infinity;
    const mine = [...byId.values()].filter((x) => x.start >= mark.at && x.start < end).map((x) => x.duration);
    out[mark.label] = { durations: mine, count: mark.count, own: mark.own };
  }
  return out;
}
