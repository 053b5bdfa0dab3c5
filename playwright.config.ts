import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const chromium = await findChromium();
const PORT = Number(process.env.E2E_PORT ?? 4183);
const STORYBOOK_PORT = Number(process.env.STORYBOOK_PORT ?? 6106);

/**
 * End-to-end tests against the production build with the mock kept in, served by `vite preview`
 * (so under the strict Content-Security-Policy of vite.config.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
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
      command: `VITE_MOCK_API=true VITE_REQUEST_TIMEOUT_MS=4000 npx vite build --outDir dist-e2e-${PORT} --logLevel warn && npx vite preview --outDir dist-e2e-${PORT} --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The stories built by `npm run build-storybook` (run by `npm run test:e2e` first), served as static files.
      command: `node scripts/serve-static.mjs storybook-static ${STORYBOOK_PORT}`,
      url: `http://localhost:${STORYBOOK_PORT}/index.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
