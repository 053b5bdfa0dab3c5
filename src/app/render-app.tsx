import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectLang, loadCatalog } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

/**
 * Renders the console into #root once `apiReady` has settled (the demo's mocked API started) and
 * the page's language's messages are in (English is in this chunk). `watchOtherTabs`: the demo's
 * mock calls back when another tab changed its data, and the page reads again.
 */
export async function renderApp({
  apiReady,
  watchOtherTabs,
}: {
  apiReady: Promise<void>;
  watchOtherTabs?: (onChange: () => void) => void;
}) {
  const queryClient = createQueryClient();
  watchOtherTabs?.(() => void queryClient.invalidateQueries());
  const lang = detectLang();
  const [catalog] = await Promise.all([loadCatalog(lang), apiReady]);
  // Made now, the router reads the address the mock has left (it takes out ?mock-reset, ?mock-seed).
  const router = createAppRouter(queryClient);
  // The route's loaders start the page's reads now, while React renders for the first time (a
  // mounted router would load only after its first commit).
  void router.load();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider queryClient={queryClient} lang={lang} catalog={catalog}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}
