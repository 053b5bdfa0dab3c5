import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  addons: ['msw-storybook-addon'],
  framework: { name: '@storybook/react-vite', options: {} },
  // public/mockServiceWorker.js: MSW's worker, served at the root as the addon expects.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  viteFinal: (config) => ({
    ...config,
    define: {
      ...config.define,
      // A story that waits (a request that never answers: Loading, Pending …) keeps waiting: the
      // app's 15 s request timeout (src/lib/config.ts) would turn it into an error after a while.
      'import.meta.env.VITE_REQUEST_TIMEOUT_MS': JSON.stringify(
        process.env.VITE_REQUEST_TIMEOUT_MS ?? '86400000',
      ),
    },
    // Storybook's own runtime and storybook/test make the preview bundle large; it is never shipped.
    build: { ...config.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
