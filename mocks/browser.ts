import { setupWorker } from 'msw/browser';
import { CONFIG_STORAGE_KEY, DB_STORAGE_KEY, type MockTiming } from './config';
import { MockDb } from './db';
import type { Endpoint, Fault } from './faults';
import { createHandlers } from './handlers';

function readTiming(): Partial<MockTiming> {
  try {
    return JSON.parse(localStorage.getItem(CONFIG_STORAGE_KEY) ?? '{}') as Partial<MockTiming>;
  } catch {
    return {};
  }
}

export interface MockControl {
  db: MockDb;
  reset(): void;
  setFault(endpoint: Endpoint, fault: Fault | undefined): void;
  clearFaults(): void;
  setTiming(timing: Partial<MockTiming>): void;
  requests(): MockDb['requests'];
}

declare global {
  interface Window {
    __plcMock?: MockControl;
  }
}

/**
 * Starts the service worker. Data lives in localStorage (`plc-mock-db-v1`); open any page with
 * `?mock-reset` (or call `window.__plcMock.reset()`) to go back to the seed.
 */
export async function startMockWorker(): Promise<void> {
  const url = new URL(location.href);
  if (url.searchParams.has('mock-reset')) {
    localStorage.removeItem(DB_STORAGE_KEY);
    url.searchParams.delete('mock-reset');
    history.replaceState(history.state, '', url);
  }
  const db = new MockDb({ timing: readTiming(), storage: localStorage, storageKey: DB_STORAGE_KEY });
  const worker = setupWorker(...createHandlers(db));
  window.__plcMock = {
    db,
    reset: () => db.reset(),
    setFault: (endpoint, fault) => db.setFault(endpoint, fault),
    clearFaults: () => db.clearFaults(),
    setTiming: (timing) => {
      db.timing = { ...db.timing, ...timing };
      localStorage.setItem(CONFIG_STORAGE_KEY, JSON.stringify({ ...readTiming(), ...timing }));
    },
    requests: () => db.requests,
  };
  await worker.start({
    onUnhandledRequest: ({ url: u }, print) => {
      if (new URL(u).pathname.startsWith('/v1beta1/')) print.error();
    },
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
