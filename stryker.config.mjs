// @ts-check
/**
 * Mutation testing (`npm run test:mutation`, not part of `npm test`): Stryker changes the code that
 * decides things, one mutant at a time, and runs the vitest tests that cover it; a mutant no test
 * notices is a gap in the tests (or an equivalent change, listed where it is disabled).
 * One worker, so that it runs beside other work on a 2-core machine (the script also runs it under
 * `nice`); incremental, so that a second run redoes only what changed since the last one.
 */

/**
 * What is mutated, by folder (`npm run test:mutation -- <folder>` runs one; each keeps its own
 * incremental file and report, see scripts/mutation.mjs).
 * @type {Record<string, string[]>}
 */
export const MUTATE = {
  // The API's contract, without the vendored OpenAPI documents and their test-only validator, and
  // without the provider registry (src/contract/providers, reworked in parallel).
  contract: ['src/contract/*.ts', '!src/contract/**/*.test.ts'],
  // One file per API call: keys, queries, mutations, what a lost answer or a 404 means.
  api: ['src/features/*/api/*.ts', '!src/features/*/api/*.test.ts'],
  // The connection list's filtering and paging.
  list: ['src/features/private-link/list/use-connection-list.ts'],
  // The signing proxy: allow-list, guards, digest, the key's request budget; which reads a page preloads.
  server: ['server/allow-list.mjs', 'server/guards.mjs', 'server/digest.mjs', 'server/budget.mjs', 'server/first-reads.mjs'],
  // Shared logic: every file of src/lib that decides something: the API client and its errors,
  // retries, the request budget, the status line, shell quoting, one-at-a-time submits, class
  // names, "can this send now?", the URL's search state, focus after a removal, the languages and
  // their formats, lazy code and its preloading. Not the configuration, which decides nothing at
  // run time: config.ts (constants read from Vite's env once, at load), no-mock*.ts* (the stand-ins
  // of a build without the mock) and zod-setup.ts (one call at load).
  lib: [
    'src/lib/*.ts',
    'src/lib/*.tsx',
    '!src/lib/**/*.test.ts',
    '!src/lib/**/*.test.tsx',
    '!src/lib/config.ts',
    '!src/lib/no-mock*',
    '!src/lib/zod-setup.ts',
  ],
  // A row's actions and reads: its menu (what is available and why), Refresh, "check now".
  rows: [
    'src/features/private-link/row-actions/row-menu.tsx',
    'src/features/private-link/panel/use-manual-refresh.ts',
    'src/features/private-link/list/check-now.tsx',
  ],
};

/**
 * The component tests a folder's mutants may also run (vitest.mutation.config.ts reads them from
 * MUTATION_COMPONENT_TESTS, which scripts/mutation.mjs sets per folder). Other folders leave them
 * out: through them every mutant of src/lib would cost seconds.
 * @type {Record<string, string[]>}
 */
export const COMPONENT_TESTS = {
  rows: [
    'src/features/private-link/row-actions/row-menu.test.tsx',
    // Each opens its dialog from the row menu.
    'src/features/private-link/row-actions/attach-domains-dialog.test.tsx',
    'src/features/private-link/row-actions/detach-domains-dialog.test.tsx',
    'src/features/private-link/row-actions/delete-connection-dialog.test.tsx',
    'src/features/private-link/edges/manual-refresh.test.tsx',
    'src/features/private-link/list/row-callout.test.tsx',
  ],
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  // Mutants that only run while a module loads (schema and constant declarations) would each need
  // every test of every file importing it, in a fresh environment: out of reach on 2 cores.
  ignoreStatic: true,
  mutate: Object.values(MUTATE).flat(),
  ignorePatterns: ['.stryker-tmp*', 'dist', 'dist-*', 'storybook-static', 'test-results', 'playwright-report', 'blob-report', 'coverage', '.bench', '.data', 'e2e'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  // A busy 2-core machine: a slow test is not a hung mutant.
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
};
