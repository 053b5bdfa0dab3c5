import { setupWorker } from 'msw/browser';
import { CONFIG_STORAGE_KEY, DB_STORAGE_KEY, type MockTiming } from './config';
import { MockDb } from './db';
import { createMockControl, type MockControl } from './control';
import { createHandlers } from './handlers';

function readTiming(): Partial<MockTiming> {
  try {
    return JSON.parse(localStorage.getItem(CONFIG_STORAGE_KEY) ?? '{}') as Partial<MockTiming>;
  } catch {
    return {};
  }
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
  window.__plcMock = createMockControl(db);
  // A documented switch for demos and the benchmark: open a page with ?mock-seed=1000.
  const seed = Number(url.searchParams.get('mock-seed'));
  if (seed > 0) {
    const clusterId = /\/clusters\/([^/]+)/.exec(location.pathname)?.[1] ?? db.data.clusters[0]?.clusterId;
    if (clusterId) db.seedMany(decodeURIComponent(clusterId), Math.min(seed, 10_000));
    url.searchParams.delete('mock-seed');
    history.replaceState(history.state, '', url);
  }
  await worker.start({
    onUnhandledRequest: ({ url: u }, print) => {
      if (new URL(u).pathname.startsWith('/v1beta1/')) print.error();
    },
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
