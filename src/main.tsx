import { startMockWorker, watchOtherTabs } from '@mocks/browser';
import { MOCK_API } from './lib/config';
import './index.css';

/**
 * With the mocked API (demo builds), its service worker starts first and the app renders once it
 * has, as MSW documents; one that failed to start is logged, and the requests then fail on screen.
 * (A build without the mock has src/lib/no-mock.ts for @mocks/browser, and drops this.)
 */
const apiReady = MOCK_API
  ? startMockWorker().catch((e: unknown) => console.error('The mocked API did not start:', e))
  : Promise.resolve();

// The app's code is imported here, not above, so that it loads and runs while the worker starts
// (index.html modulepreloads it: scripts/route-preload.mjs). In the demo, the page reads again
// when another tab changed the mock's data.
void import('./app/render-app').then(({ renderApp }) =>
  renderApp({ apiReady, watchOtherTabs: MOCK_API ? watchOtherTabs : undefined }),
);
