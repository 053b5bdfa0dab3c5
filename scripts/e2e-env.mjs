// Where the e2e servers listen and where their builds go, one place for playwright.config.ts,
// the specs and scripts/build-stories.mjs. Ports can be moved so runs side by side (another
// checkout, another helper) use their own servers and build directories.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4183);
export const STORYBOOK_PORT = Number(process.env.STORYBOOK_PORT ?? 6106);
export const STORYBOOK_URL = process.env.STORYBOOK_URL ?? `http://localhost:${STORYBOOK_PORT}`;
/** The app's production build with the mock kept in. */
export const APP_DIR = `dist-e2e-${E2E_PORT}`;
/** The built Storybook the story tests run against. */
export const STORYBOOK_DIR = process.env.STORYBOOK_DIR ?? `dist-e2e-storybook-${STORYBOOK_PORT}`;
