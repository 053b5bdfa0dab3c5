import { setupWorker } from 'msw/browser';
import { CONFIG_STORAGE_KEY, DB_STORAGE_KEY, type MockTiming } from './config';
import { createMockControl, type MockControl } from './control';
import { MockDb } from './db';
import { parseFaultParam } from './faults';
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
 * Calls `onChange` when another tab changes the mock's data (the `storage` event fires only in
 * the other tabs), so the page can refetch. Returns the unsubscribe function.
 */
export function watchOtherTabs(onChange: () => void): () => void {
  const listener = (e: StorageEvent) => {
    if (e.storageArea === localStorage && (e.key === DB_STORAGE_KEY || e.key === null)) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/**
 * Starts the service worker. Data lives in localStorage (`plc-mock-db-v2`), the single source of
 * truth for every open tab: each request works on the latest stored state. Open any page with
 * `?mock-reset` (or call `window.__plcMock.reset()`) to go back to the seed. A page hears of another
 * tab's changes through `watchOtherTabs`.
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
  // Faults from the first request on (the page's first reads): ?mock-fault=listProjects:503, ?mock-fault=listMigrations:hang.
  for (const spec of url.searchParams.getAll('mock-fault')) {
    const fault = parseFaultParam(spec);
    if (fault) db.setFault(...fault);
  }
  if (url.searchParams.has('mock-fault')) {
    url.searchParams.delete('mock-fault');
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
