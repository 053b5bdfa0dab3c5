// npm run bench: medians, quantiles and the table cells of the printed report (scripts/bench/report.mjs).
const finite = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
export function quantile(xs, q) {
  const s = finite(xs);
  if (!s.length) return null;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
export const median = (xs) => quantile(xs, 0.5);
export const max = (xs) => (finite(xs).length ? finite(xs).at(-1) : null);

export const fmt = {
  ms: (x) => `${Math.round(x)} ms`,
  et: (x) => (x < 16 ? '< 16 ms' : `${Math.round(x)} ms`),
  KiB: (x) => `${(x / 1024).toFixed(1)} KiB`,
};
/** "median (min–max)", or the one value when they are equal. */
export function cell(xs, unit = 'ms') {
  const s = finite(xs);
  if (!s.length) return 'n/a';
  const f = fmt[unit];
  const [lo, mid, hi] = [f(s[0]), f(median(s)), f(s.at(-1))];
  return lo === hi ? mid : `${mid} (${lo.replace(/ (ms|KiB)$/, '')}–${hi})`;
}
export const ratio = (a, b) => (a == null || b == null || b <= 0 ? '' : `${(a / b).toFixed(2)}×`);
export const verdict = (value, limit) =>
  value == null
    ? 'n/a'
    : value <= limit
      ? 'met'
      : `MISSED by ${Math.round(((value - limit) / limit) * 100)}%`;


/** A Markdown table with padded columns. */
export function render(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
