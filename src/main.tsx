import { startMockWorker } from '@mocks/browser';
import { StrictMode } from 'react';
import { RouterProvider } from '@tanstack/react-router';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider';
import { createAppRouter } from './app/router';
import { MOCK_API } from './lib/config';
import { detectLang, loadCatalog } from './lib/i18n';
import { createQueryClient } from './lib/query-client';
import './index.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

/**
 * With the mocked API (demo builds), its service worker starts first, then the app renders, as MSW
 * documents; one that failed to start is logged, and the requests then fail on screen. (A build
 * without the mock has src/lib/no-mock.ts for @mocks/browser, and drops this.)
 */
async function startMock() {
  if (!MOCK_API) return;
  await startMockWorker({ onOtherTabChange: () => void queryClient.invalidateQueries() }).catch(
    (e: unknown) => console.error('The mocked API did not start:', e),
  );
}

// The router reads the address once the mock has taken its own parameters out (?mock-reset,
// ?mock-seed). The page's language's messages load meanwhile (English is in this chunk).
const lang = detectLang();
void Promise.all([loadCatalog(lang), startMock()]).then(([catalog]) => {
  // The route's loaders start the page's reads now, while React renders for the first time (the
  // router would otherwise load once it is mounted).
  void router.load();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider queryClient={queryClient} lang={lang} catalog={catalog}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
});
