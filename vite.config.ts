/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import babel from '@rolldown/plugin-babel';
import react, { reactCompilerPreset } from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { compileHintsBeyondEntry } from './scripts/compile-hints.mjs';
import { modulePreloadStart, PAGE_START, startGroups } from './scripts/route-preload.mjs';
import { contentSecurityPolicy } from './server/csp.mjs';
import { keysSet, tidbCloudProxy } from './server/vite-plugin.mjs';

/** The Content-Security-Policy of the production build, shared with `npm run serve` (server/csp.mjs). */
export { contentSecurityPolicy };

/** With TiDB Cloud API keys set, the dev server signs and forwards /v1beta1 (server/vite-plugin.mjs), and runs without the mock. */
const REAL_API = !process.env.VITEST && keysSet();

export default defineConfig(({ command }) => ({
  // The React Compiler memoises components and hooks at build time (no hand-written memo/useMemo/useCallback).
  plugins: [
    react(),
    babel({ presets: [reactCompilerPreset()] }),
    tailwindcss(),
    compileHintsBeyondEntry(),
    modulePreloadStart(PAGE_START),
    ...(process.env.VITEST ? [] : [tidbCloudProxy()]),
  ],
  // A constant, so that a build without the mock drops its code (see src/lib/config.ts); 'false' with
  // API keys set, so that the dev server talks to TiDB Cloud (no mock, no developer panel).
  define: {
    'import.meta.env.VITE_MOCK_API': JSON.stringify(
      command === 'serve' && REAL_API && process.env.VITE_MOCK_API !== 'true' ? 'false' : (process.env.VITE_MOCK_API ?? ''),
    ),
  },
  // The entry, the app and its page: one file each, with all they import (scripts/route-preload.mjs).
  build: { rolldownOptions: { output: { codeSplitting: { groups: startGroups(fileURLToPath(new URL('.', import.meta.url))) } } } },
  resolve: {
    alias: {
      // A build without the mock does not even emit the mock's code.
      ...(command === 'build' && process.env.VITE_MOCK_API !== 'true'
        ? {
            '@mocks/browser': fileURLToPath(new URL('./src/lib/no-mock.ts', import.meta.url)),
            '@/features/mock-panel/mock-panel': fileURLToPath(new URL('./src/lib/no-mock-panel.tsx', import.meta.url)),
          }
        : {}),
      // Builds keep no cookie jar in the mock (mocks/no-cookies.ts): the public suffix list stays out.
      ...(command === 'build' ? { 'tough-cookie': fileURLToPath(new URL('./mocks/no-cookies.ts', import.meta.url)) } : {}),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  // No CORS: Vite's own (on by default for localhost origins) runs before the signing proxy and
  // would let a page on any other local port read answers signed with the key. The console's
  // page is same-origin and needs none.
  server: { port: 5173, strictPort: false, cors: false },
  preview: {
    port: 4173,
    cors: false,
    headers: {
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
  test: {
    // Upper bounds, not waits: a passing test ends as soon as it can, but on a busy 2-core machine
    // (another CPU-heavy job beside npm test) a dialog test can take longer than vitest's 5 s.
    testTimeout: 30_000,
    // Every core: vitest's default in a run is one fewer than the cores, which is ONE worker on the
    // 2-core CI machine (unit tests took 184 s there instead of 106 s).
    maxWorkers: availableParallelism(),
    // One jsdom and module graph per worker, not per file: the unit stage took 120 s with a fresh
    // one per file and 37 s without, on 2 cores. src/test/setup.ts puts back what a test may
    // change (URL, storage, timers, the mock's data and handlers) after every test; files pass in
    // any order (tried with --sequence.shuffle.files).
    isolate: false,
    unstubGlobals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'mocks/**/*.node.test.ts'],
          css: false,
          restoreMocks: true,
        },
      },
      // The mocked API over HTTP (mocks/server.ts): Node, real sockets, no mocked fetch.
      { extends: true, test: { name: 'mock-http', environment: 'node', include: ['mocks/**/*.node.test.ts'] } },
      // The signing proxy (server/): Node, real sockets, no mocked fetch.
      { test: { name: 'server', environment: 'node', include: ['server/**/*.test.mjs'], restoreMocks: true, testTimeout: 30_000 } },
    ],
  },
}));
