// npm run bench: the printed tables (see the header of scripts/bench.mjs for what each figure is).
import { MANY, TYPED } from './flows.mjs';
import { cell, fmt, max, median, quantile, ratio, render, verdict } from './stats.mjs';

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
    /** A row of the console's shapes only (the floor has no such figure): deployed and demo cells. */
    const consoleCells = (name, [d, m], target = '') => rows.push([name, '—', d, '', m, '', target]);
    const consoleRow = (name, f, unit, target) =>
      consoleCells(name, [cell(col(deployed, f), unit), cell(col(demo, f), unit)], target);
    // [click → frame, every interaction (Event Timing)]: at 4×, 100 and 150 ms; at 1×, 50 ms both.
    const limit = rate === 1 ? [50, 50] : [100, 150];
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
      consoleCells(
        `Event Timing: ${label}${many}`,
        [cell(col(deployed, worst), 'et'), cell(col(demo, worst), 'et')],
        `≤ ${limit[1]} ms: deployed ${verdict(v(deployed), limit[1])}, demo ${verdict(v(demo), limit[1])}`,
      );
    }
    const pooled = (runs) =>
      runs.flatMap((r) => [
        ...LISTED.flatMap((l) => actionValues(r, l)),
        ...actionValues({ many: r.many }, 'filter keystroke'),
      ]);
    const sum = (q) => (runs) => (q === 1 ? fmt.et(max(pooled(runs))) : fmt.et(quantile(pooled(runs), q)));
    for (const [what, q] of [
      ['worst', 1],
      ['p75', 0.75],
    ])
      consoleCells(`Event Timing, every interaction above: ${what}`, [sum(q)(deployed), sum(q)(demo)]);
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
    consoleCells(`${n}: first filter key → frame (own; fetches every page)`, [
      cell(keys(deployed, true)),
      cell(keys(demo, true)),
    ]);
    consoleCells(
      `${n}: later filter keys → frame (own, ${TYPED.length - 1} keys × runs)`,
      [cell(keys(deployed)), cell(keys(demo))],
      t
        ? `≤ 16 ms: deployed ${verdict(median(keys(deployed)), 16)}, demo ${verdict(median(keys(demo)), 16)}`
        : '',
    );
    const etKeys = (runs) => runs.flatMap((r) => actionValues({ many: r.many }, 'filter keystroke'));
    consoleCells(`${n}: filter keystroke, Event Timing`, [
      cell(etKeys(deployed), 'et'),
      cell(etKeys(demo), 'et'),
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

/** --against: this tree (A) and the n-th other checkout (B), the main figures side by side, per rate. */
export function abTable(results, n) {
  const figures = [
    ['rows visible', (r) => r.rows, 'ms'],
    ['usable', (r) => r.usable, 'ms'],
    ['  JS before the first read: last file loaded', (r) => r.jsEnd, 'ms'],
    ['  first API read sent', (r) => r.firstRead, 'ms'],
    ['  list answered', (r) => r.listEnd, 'ms'],
    ['  list answer → rows visible', (r) => r.listToRows, 'ms'],
    ['JS before usable, gzip', (r) => r.jsUsable, 'KiB'],
    ['click Create → dialog frame (own)', (r) => r.own.create, 'ms'],
    ['click row menu → menu frame (own)', (r) => r.own.menu, 'ms'],
    ['click Attach Domains → dialog frame (own)', (r) => r.own.attach, 'ms'],
    ['Event Timing: open Create', (r) => max(actionValues(r, 'open Create')), 'et'],
    ['Event Timing: open the row menu', (r) => max(actionValues(r, 'open the row menu')), 'et'],
  ];
  const change = (a, b) =>
    a == null || b == null || b <= 0 ? '' : `${a >= b ? '+' : ''}${Math.round(((a - b) / b) * 100)}%`;
  const out = [`### A/B: this tree (A) against ${results.against[n]} (B)`, ''];
  for (const rate of results.rates) {
    const all = results.runs[rate];
    const runs = { ...all, otherDeployed: all.others[n].deployed, otherDemo: all.others[n].demo };
    const floor = median(runs.floor.map((r) => r.rows));
    const rows = [
      [
        'rows visible ÷ floor',
        ...['deployed', 'otherDeployed', 'demo', 'otherDemo'].map((k) =>
          ratio(median(runs[k].map((r) => r.rows)), floor),
        ),
      ],
    ];
    rows[0].splice(3, 0, '');
    rows[0].push('');
    for (const [name, f, unit] of figures) {
      const [da, db, ma, mb] = ['deployed', 'otherDeployed', 'demo', 'otherDemo'].map((k) => runs[k].map(f));
      rows.push([
        name,
        cell(da, unit),
        cell(db, unit),
        change(median(da), median(db)),
        cell(ma, unit),
        cell(mb, unit),
        change(median(ma), median(mb)),
      ]);
    }
    out.push(
      `${rate}× CPU (floor rows visible ${fmt.ms(floor)})`,
      '',
      render(['figure', 'deployed A', 'deployed B', 'A vs B', 'demo A', 'demo B', 'A vs B'], rows),
      '',
    );
  }
  return out.join('\n');
}
