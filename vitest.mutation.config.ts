/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import appConfig from './vite.config';

/**
 * The tests Stryker runs for each mutant (stryker.config.mjs): the app's config, with only the
 * fast, direct tests of the mutated code — unit tests (`*.test.ts`, and src/lib's hook and
 * component tests next to their code), the list's hook tests and the signing proxy's own tests.
 * Component tests and the servers started whole (serve.mjs, the Vite plugin) stay in `npm test`:
 * through them a surviving mutant would cost minutes; a folder that needs some names them
 * (stryker.config.mjs: COMPONENT_TESTS, passed in MUTATION_COMPONENT_TESTS).
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
          setupFiles: ['./src/test/setup.ts', './src/test/mutation-setup.ts'],
          include: [
            'src/**/*.test.ts',
            'src/lib/*.test.tsx',
            'src/features/private-link/list/use-connection-list*.test.tsx',
            ...(process.env.MUTATION_COMPONENT_TESTS?.split(',').filter(Boolean) ?? []),
          ],
          // The property tests (hundreds of generated cases each) and the OpenAPI check (it loads
          // and compiles the published documents) cost seconds per mutant; the mock's own tests
          // test the mock.
          exclude: ['**/node_modules/**', 'src/**/*.property.test.ts', 'src/contract/openapi/**'],
          css: false,
          restoreMocks: true,
          // Stryker sets one worker at the root, which the server project does not extend: vitest
          // then asks that projects with different worker counts run in distinct groups.
          sequence: { groupOrder: 0 },
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
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
