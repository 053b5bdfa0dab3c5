import { onlineManager } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProvider } from './app/provider';
import { MOCK_API } from './lib/config';
import { createQueryClient } from './lib/query-client';
import './index.css';

async function start() {
  const queryClient = createQueryClient();
  if (MOCK_API) {
    const { startMockWorker } = await import('@mocks/browser');
    // The mock's service worker registers while the page renders and loads its code. Until it is
    // ready the queries and mutations wait, paused as if offline (TanStack Query), then go.
    onlineManager.setOnline(false);
    startMockWorker({ onOtherTabChange: () => void queryClient.invalidateQueries() }) // another tab changed the mock's data
      .catch((e: unknown) => console.error('The mocked API did not start:', e))
      .finally(() => onlineManager.setOnline(true));
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
