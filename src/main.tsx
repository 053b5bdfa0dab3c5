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
    // Another tab changed the mock's data: show it here too.
    await startMockWorker({ onOtherTabChange: () => void queryClient.invalidateQueries() });
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
