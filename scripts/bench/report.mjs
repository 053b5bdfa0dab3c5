// npm run bench: the printed tables (see the header of scripts/bench.mjs for what each figure is).
import { MANY, TYPED } from './flows.mjs';

const finite = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
export function quantile(xs, q) {
  const s = finite(xs);
  if (!s.length) return null;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
const median = (xs) => quantile(xs, 0.5);
const max = (xs) => (finite(xs).length ? finite(xs).at(-1) : null);

const fmt = {
  ms: (x) => `${Math.round(x)} ms`,
  et: (x) => (x < 16 ? '< 16 ms' : `${Math.round(x)} ms`),
  KiB: (x) => `${(x / 1024).toFixed(1)} KiB`,
};
/** "median (min–max)", or the one value when they are equal. */
function cell(xs, unit = 'ms') {
  const s = finite(xs);
  if (!s.length) return 'n/a';
  const f = fmt[unit];
  const [lo, mid, hi] = [f(s[0]), f(median(s)), f(s.at(-1))];
  return lo === hi ? mid : `${mid} (${lo.replace(/ (ms|KiB)$/, '')}–${hi})`;
}
const ratio = (a, b) => (a == null || b == null || b <= 0 ? '' : `${(a / b).toFixed(2)}×`);
const verdict = (value, limit) =>
  value == null
    ? 'n/a'
    : value <= limit
      ? 'met'
      : `MISSED by ${Math.round(((value - limit) / limit) * 100)}%`;

/** Event Timing values of one labelled action in one run: one per expected interaction (missing = under 16 ms = 0). */
function actionValues(run, label) {
  const a = run.interactions?.[label] ?? run.many?.keyEventTiming;
  if (!a) return [];
  const v = [...a.durations].sort((x, y) => y - x).slice(0, Math.max(a.count ?? 1, 1));
  while (v.length < (a.count ?? 1)) v.push(0);
  return v;
}
const LISTED = [
  'open Create',
  'type a name',
  'open the row menu',
  'open Attach Domains',
  'switch the domain type',
];

export function tables(results) {
  const out = [];
  for (const rate of results.rates) {
    const { floor, deployed, demo } = results.runs[rate];
    const col = (runs, f) => runs.map(f);
    const rows = [];
    const load = (name, f, unit, target) => {
      const [a, b, c] = [col(floor, f), col(deployed, f), col(demo, f)];
      rows.push([
        name,
        cell(a, unit),
        cell(b, unit),
        ratio(median(b), median(a)),
        cell(c, unit),
        ratio(median(c), median(a)),
        target?.(median(a), median(b), median(c)) ?? '',
      ]);
    };
    load(
      'rows visible (navigation → first frame with rows)',
      (r) => r.rows,
      'ms',
      (f, d, m) =>
        [
          `deployed ≤ 1.5× floor: ${verdict(d / f, 1.5)}`,
          rate === 4 ? `demo ≤ 2× floor: ${verdict(m / f, 2)}` : '',
        ]
          .filter(Boolean)
          .join('; '),
    );
    load('usable (rows + Create enabled)', (r) => r.usable, 'ms');
    load('LCP', (r) => r.lcp, 'ms');
    load('blocking time until rows visible', (r) => r.tbt, 'ms');
    load(
      'JS before usable, gzip',
      (r) => r.jsUsable,
      'KiB',
      (f, d) => `deployed ≤ 1.3× floor: ${verdict(d / f, 1.3)}`,
    );
    load('  of which the mock (demo)', (r) => r.mockUsable, 'KiB');
    load('JS before the first click, gzip', (r) => r.jsClick, 'KiB');
    const consoleRow = (name, f, unit, target) =>
      rows.push([name, '—', cell(col(deployed, f), unit), '', cell(col(demo, f), unit), '', target ?? '']);
    const limit = rate === 1 ? [50, 100] : [100, 150];
    const verdicts = (f) =>
      `deployed ${verdict(median(col(deployed, f)), limit[0])}, demo ${verdict(median(col(demo, f)), limit[0])}`;
    consoleRow(
      'click Create → dialog frame (own)',
      (r) => r.own.create,
      'ms',
      `≤ ${limit[0]} ms: ${verdicts((r) => r.own.create)}`,
    );
    consoleRow('click row menu → menu frame (own)', (r) => r.own.menu, 'ms');
    consoleRow('click Attach Domains → dialog frame (own)', (r) => r.own.attach, 'ms');
    for (const label of LISTED) {
      const worst = (r) => max(actionValues(r, label));
      const many = label === 'type a name' ? ` (worst key of ${'bench-name'.length})` : '';
      const v = (runs) => median(col(runs, worst));
      rows.push([
        `Event Timing: ${label}${many}`,
        '—',
        cell(col(deployed, worst), 'et'),
        '',
        cell(col(demo, worst), 'et'),
        '',
        `≤ ${limit[1]} ms: deployed ${verdict(v(deployed), limit[1])}, demo ${verdict(v(demo), limit[1])}`,
      ]);
    }
    const pooled = (runs) =>
      runs.flatMap((r) => [
        ...LISTED.flatMap((l) => actionValues(r, l)),
        ...actionValues({ many: r.many }, 'filter keystroke'),
      ]);
    const sum = (q) => (runs) => (q === 1 ? fmt.et(max(pooled(runs))) : fmt.et(quantile(pooled(runs), q)));
    rows.push([
      'Event Timing, every interaction above: worst',
      '—',
      sum(1)(deployed),
      '',
      sum(1)(demo),
      '',
      '',
    ]);
    rows.push([
      'Event Timing, every interaction above: p75',
      '—',
      sum(0.75)(deployed),
      '',
      sum(0.75)(demo),
      '',
      '',
    ]);
    const n = MANY.toLocaleString('en-US');
    consoleRow(`${n} connections: rows visible (navigation →)`, (r) => r.many.rows, 'ms');
    const t = rate === 1;
    const both = (f, lim) =>
      t
        ? `≤ ${lim} ms: deployed ${verdict(median(col(deployed, f)), lim)}, demo ${verdict(median(col(demo, f)), lim)}`
        : '';
    consoleRow(
      `${n}: list answer → rows visible`,
      (r) => r.many.listToRows,
      'ms',
      both((r) => r.many.listToRows, 150),
    );
    const keys = (runs, first) =>
      runs.flatMap((r) => (first ? r.many.keys.slice(0, 1) : r.many.keys.slice(1)).map((k) => k.ms));
    rows.push([
      `${n}: first filter key → frame (own; fetches every page)`,
      '—',
      cell(keys(deployed, true)),
      '',
      cell(keys(demo, true)),
      '',
      '',
    ]);
    rows.push([
      `${n}: later filter keys → frame (own, ${TYPED.length - 1} keys × runs)`,
      '—',
      cell(keys(deployed)),
      '',
      cell(keys(demo)),
      '',
      t
        ? `≤ 16 ms: deployed ${verdict(median(keys(deployed)), 16)}, demo ${verdict(median(keys(demo)), 16)}`
        : '',
    ]);
    const etKeys = (runs) => runs.flatMap((r) => actionValues({ many: r.many }, 'filter keystroke'));
    rows.push([
      `${n}: filter keystroke, Event Timing`,
      '—',
      cell(etKeys(deployed), 'et'),
      '',
      cell(etKeys(demo), 'et'),
      '',
      '',
    ]);
    out.push(
      `### ${rate}× CPU (${floor.length} runs each; load average ${results.load[rate].map((x) => x.toFixed(1)).join(' → ')})`,
      '',
      render(['figure', 'floor', 'deployed', '÷ floor', 'demo', '÷ floor', 'target (medians)'], rows),
      '',
    );
  }
  const d = results.runs[results.rates[0]].deployed[0];
  const m = results.runs[results.rates[0]].demo[0];
  const f = results.runs[results.rates[0]].floor[0];
  out.push(
    `JS before usable (run 1): floor ${f.filesUsable.join(', ')}; deployed ${d.filesUsable.join(', ')}; demo ${m.filesUsable.join(', ')}`,
    `JS before the first click adds: deployed ${d.filesClick.filter((x) => !d.filesUsable.includes(x)).join(', ') || 'nothing'}; demo ${m.filesClick.filter((x) => !m.filesUsable.includes(x)).join(', ') || 'nothing'}`,
    `API calls before usable (run 1): deployed ${d.apiCalls.join(', ')}; demo ${m.apiCalls.join(', ')}`,
    `${MANY.toLocaleString('en-US')} connections: ${d.many.rowCount} rows on the first page; typing "${TYPED}" → ${d.many.keys.map((k) => k.rows).join(', ')} rows`,
  );
  return out.join('\n');
}

function render(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
