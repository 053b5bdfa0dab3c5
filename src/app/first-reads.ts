import { startMockWorker } from '@mocks/browser';
import { holdRequestsUntil } from '@/lib/api-client';
import { MOCK_API } from '@/lib/config';
import { createQueryClient } from '@/lib/query-client';
import { prefetchFirstPage } from './prefetch';

/**
 * The page's query client, whose first reads start as this module runs. main.tsx imports it before
 * anything else, so the requests leave before React DOM and the app's components are evaluated,
 * rendered and committed (~170 ms sooner at 1× CPU, ~1 s at 4×, than from a mounted component's query).
 */
export const queryClient = createQueryClient();

/**
 * The mock's service worker, registered at once so that it installs while the page renders. Settles
 * once it controls the page, so that MSW's start finds it in place (MSW reloads a page that has its
 * registration but no controller); or at once when it was registered before without controlling
 * this page (a hard reload: MSW's start reloads the page, as it always did).
 */
async function mockWorkerInControl(): Promise<void> {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!sw || sw.controller) return;
  const registration = await sw.register(`${import.meta.env.BASE_URL}mockServiceWorker.js`);
  if (sw.controller || registration.active) return;
  await new Promise<void>((resolve) => {
    sw.addEventListener('controllerchange', () => resolve(), { once: true });
    setTimeout(resolve, 10_000); // never stuck here: MSW's start says what went wrong
  });
}

if (MOCK_API) {
  // The mock's code comes with the app's (a static import: a dynamic one was fetched and run only
  // after the first render, 1.6 s later at 4x CPU) and its service worker installs while the page
  // renders; API requests wait for both. One that failed to start is logged, and the requests then
  // fail on screen. (A build without the mock has src/lib/no-mock.ts here, and drops this branch.)
  holdRequestsUntil(
    mockWorkerInControl()
      .catch(() => undefined)
      .then(() =>
        startMockWorker({ onOtherTabChange: () => void queryClient.invalidateQueries() }), // another tab changed the mock's data
      )
      .catch((e: unknown) => console.error('The mocked API did not start:', e)),
  );
}
/** Settles once the first page's reads have answered (or failed): their data is then in `queryClient`. */
export const firstReads = prefetchFirstPage(queryClient, location);
