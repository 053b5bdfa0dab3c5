#!/usr/bin/env node
// `npm run test:mutation [-- folder…]`: Stryker over each folder of stryker.config.mjs's MUTATE
// (all by default), one after another, each with its own incremental file and JSON report in
// reports/mutation/, then the score of every folder reported there. A second run redoes only the
// mutants whose code or tests changed. `--table` prints the table from the last reports only.
import { existsSync, readFileSync } from 'node:fs';
import { Stryker } from '@stryker-mutator/core';
import { COMPONENT_TESTS, MUTATE } from '../stryker.config.mjs';

const args = process.argv.slice(2);
const tableOnly = args.includes('--table');
const asked = args.filter((a) => !a.startsWith('--'));
const unknown = asked.filter((f) => !(f in MUTATE));
if (unknown.length) {
  console.error(`Unknown folder ${unknown.join(', ')}; one of: ${Object.keys(MUTATE).join(', ')}`);
  process.exit(2);
}
const folders = asked.length ? asked : Object.keys(MUTATE);
const report = (folder) => `reports/mutation/${folder}.json`;

const seconds = {};
if (!tableOnly) {
  for (const folder of folders) {
    const started = Date.now();
    // Read by vitest.mutation.config.ts in Stryker's test runner processes, which inherit it.
    process.env.MUTATION_COMPONENT_TESTS = (COMPONENT_TESTS[folder] ?? []).join(',');
    await new Stryker({
      mutate: MUTATE[folder],
      incrementalFile: `reports/mutation/${folder}.incremental.json`,
      jsonReporter: { fileName: report(folder) },
      htmlReporter: { fileName: `reports/mutation/${folder}.html` },
      // A sandbox per folder: two folders may run side by side (each deletes its own when done).
      tempDirName: `.stryker-tmp-${folder}`,
    }).runMutationTest();
    seconds[folder] = Math.round((Date.now() - started) / 1000);
  }
}

/** Counts by status in one mutation-testing-report-schema JSON report. */
function counts(file) {
  const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0, unrun: 0, static: 0 };
  for (const { mutants } of Object.values(JSON.parse(readFileSync(file, 'utf8')).files)) {
    for (const m of mutants) {
      c[m.status] += 1;
      // Survived without a single test completed: the vitest runner lost the run (stryker-js#6213).
      if (m.status === 'Survived' && m.testsCompleted === 0) c.unrun += 1;
      // Survived while only a module's loading runs it: the vitest runner does not reload modules
      // for these (stryker-js#6209), so the mutant may never have been active.
      else if (m.status === 'Survived' && m.static) c.static += 1;
    }
  }
  return c;
}

// Stryker's own score: (killed + timeout) / (killed + timeout + survived + no coverage); ignored
// (static) mutants and errors are not counted. `0 tests`: survivors whose run completed no test
// (counted as survived; check them by hand); `static`: survivors in module-level code, likewise.
const rows = [['folder', 'score', 'killed', 'timeout', 'survived', '0 tests', 'static', 'no cov', 'ignored', 'run']];
let low = false;
for (const folder of Object.keys(MUTATE).filter((f) => existsSync(report(f)))) {
  const c = counts(report(folder));
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  const score = valid ? (100 * detected) / valid : NaN;
  if (score < 80) low = true;
  const run = seconds[folder] === undefined ? 'earlier' : `${seconds[folder]} s`;
  rows.push([folder, Number.isNaN(score) ? 'n/a' : `${score.toFixed(1)}%`, c.Killed, c.Timeout, c.Survived, c.unrun, c.static, c.NoCoverage, c.Ignored, run].map(String));
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`\n${rows.map((r) => r.map((v, i) => (i ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ')).join('\n')}`);
if (low) console.log('\nBelow 80% somewhere: read the survivors in reports/mutation/<folder>.html.');
