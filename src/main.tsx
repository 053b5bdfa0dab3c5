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
void import('./app/render-app')
  .then(({ renderApp }) => renderApp({ apiReady, watchOtherTabs: MOCK_API ? watchOtherTabs : undefined }))
  .catch((e: unknown) => {
    console.error('The console could not start:', e);
    showStartFailed();
  });

/**
 * The app's code, or the page's language's messages, did not arrive (offline, a deploy replaced
 * them): a page that says so in both languages (the messages are in that code) and reloads on
 * request, instead of a blank one.
 */
function showStartFailed() {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'm-6 max-w-xl space-y-3 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900';
  const text = document.createElement('p');
  text.textContent = 'The console could not load: check your connection, then reload the page.';
  const zh = document.createElement('p');
  zh.lang = 'zh-CN';
  zh.textContent = '控制台未能加载：请检查网络连接，然后重新加载页面。';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900';
  reload.textContent = 'Reload the page · 重新加载页面';
  reload.addEventListener('click', () => location.reload());
  box.append(text, zh, reload);
  document.getElementById('root')!.replaceChildren(box);
}
