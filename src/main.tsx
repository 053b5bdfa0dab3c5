import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProvider } from './app/provider';
import { holdRequestsUntil } from './lib/api-client';
import { MOCK_API } from './lib/config';
import { createQueryClient } from './lib/query-client';
import './index.css';

async function start() {
  const queryClient = createQueryClient();
  if (MOCK_API) {
    const { startMockWorker } = await import('@mocks/browser');
    // The mock's service worker registers while the page renders and loads its code; API requests
    // wait for it. One that failed to start is logged, and the requests then fail on screen.
    holdRequestsUntil(
      startMockWorker({ onOtherTabChange: () => void queryClient.invalidateQueries() }) // another tab changed the mock's data
        .catch((e: unknown) => console.error('The mocked API did not start:', e)),
    );
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
