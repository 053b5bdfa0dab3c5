/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import appConfig from './vite.config';

/**
 * The tests Stryker runs for each mutant (stryker.config.mjs): the app's config, with only the
 * fast, direct tests of the mutated code — unit tests (`*.test.ts`), the list's hook tests and the
 * signing proxy's own tests. Component tests and the servers started whole (serve.mjs, the Vite
 * plugin) stay in `npm test`: through them a surviving mutant would cost minutes.
 */
const base = appConfig({ command: 'serve', mode: 'test' });

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/**/*.test.ts', 'src/features/private-link/list/use-connection-list*.test.tsx', 'mocks/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'mocks/**/*.node.test.ts'],
          css: false,
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.mjs'],
          exclude: ['server/serve.test.mjs', 'server/vite-plugin.test.mjs', 'server/check-bundle-csp.test.mjs'],
          restoreMocks: true,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
