import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { APP_DIR, E2E_PORT as PORT, STORYBOOK_DIR, STORYBOOK_PORT, STORYBOOK_URL } from './scripts/e2e-env.mjs';

const chromium = await findChromium({ headlessShell: true });

/**
 * End-to-end tests against the production build with the mock kept in, served by `vite preview`
 * (so under the strict Content-Security-Policy of vite.config.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // One worker per core of the 2-core machine this runs on; more only fight for the CPU.
  workers: 2,
  // A flaky test is a failing test: no retries.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Upper bounds, not waits: a passing test never waits for them, but under load (another
  // CPU-heavy job on the 2 cores) a cold page load and a lazily loaded dialog take several seconds.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A trace records every step of every test: about a third of the run's CPU on 2 cores. CI prints
    // the error, the step and a screenshot; locally a failing test keeps its trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1360, height: 900 },
        locale: 'en-US',
        launchOptions: { executablePath: chromium?.executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: `VITE_MOCK_API=true VITE_REQUEST_TIMEOUT_MS=4000 npx vite build --outDir ${APP_DIR} --logLevel warn && npx vite preview --outDir ${APP_DIR} --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      // The stories built by scripts/build-stories.mjs (run by `npm run test:e2e` first), served as static files.
      command: `node scripts/serve-static.mjs ${STORYBOOK_DIR} ${STORYBOOK_PORT}`,
      url: `${STORYBOOK_URL}/index.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
