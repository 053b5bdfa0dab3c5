import { CONFIG_STORAGE_KEY, type MockTiming } from './config';
import { privateLinkRouteOf, type SinkType } from '@/contract/changefeeds';
import type { MockDb } from './db';
import { ENDPOINTS, type Endpoint, type Fault } from './faults';
import { migrationsOn, type AddMigrationOptions } from './migration-scenarios';

/** What the browser exposes as `window.__plcMock` (Playwright, the developer panel, the console). */
export interface MockControl {
  db: MockDb;
  endpoints: readonly Endpoint[];
  reset(): void;
  setFault(endpoint: Endpoint, fault: Fault | undefined): void;
  clearFaults(): void;
  faults(): MockDb['faults'];
  setTiming(timing: Partial<MockTiming>): void;
  timing(): MockTiming;
  /** Scenario: a second connection with a name already in the cluster is refused with a 409 (off by default, as the spec allows duplicates). */
  setUniqueDisplayNames(on: boolean): void;
  requests(): MockDb['requests'];
  acceptPending(clusterId?: string): number;
  rejectPending(clusterId?: string): number;
  failCreating(clusterId?: string): number;
  seedMany(clusterId: string, count: number): number;
  /** Adds a changefeed whose sink goes through the connection; returns its ID (undefined: no such connection). */
  addChangefeed(connectionId: string, opts?: { sinkType?: SinkType; port?: number; displayName?: string }): string | undefined;
  /** Removes the changefeeds riding on the connection; returns how many. */
  removeChangefeeds(connectionId: string): number;
  /** Adds a running migration whose source is reached through the connection; returns its ID (undefined: no such connection). */
  addMigration(connectionId: string, opts?: AddMigrationOptions): string | undefined;
  /** Removes the migrations riding on the connection; returns how many. */
  removeMigrations(connectionId: string): number;
  /** The connections (of one cluster or all), with how many changefeeds and migrations ride on each. */
  connections(clusterId?: string): { id: string; displayName: string; changefeeds: number; migrations: number }[];
}

function savedTiming(): Partial<MockTiming> {
  try {
    return JSON.parse(globalThis.localStorage?.getItem(CONFIG_STORAGE_KEY) ?? '{}') as Partial<MockTiming>;
  } catch {
    return {};
  }
}

export function createMockControl(db: MockDb): MockControl {
  return {
    db,
    endpoints: ENDPOINTS,
    reset: () => db.reset(),
    setFault: (endpoint, fault) => db.setFault(endpoint, fault),
    clearFaults: () => db.clearFaults(),
    faults: () => db.faults,
    setTiming: (timing) => {
      db.timing = { ...db.timing, ...timing };
      globalThis.localStorage?.setItem(CONFIG_STORAGE_KEY, JSON.stringify({ ...savedTiming(), ...timing }));
    },
    timing: () => db.timing,
    setUniqueDisplayNames: (on) => void (db.uniqueDisplayNames = on),
    requests: () => db.requests,
    acceptPending: (clusterId) => db.acceptPending(clusterId),
    rejectPending: (clusterId) => db.rejectPending(clusterId),
    failCreating: (clusterId) => db.failCreating(clusterId),
    seedMany: (clusterId, count) => db.seedMany(clusterId, count),
    addChangefeed: (connectionId, opts) => db.addChangefeed(connectionId, opts)?.changefeedId,
    removeChangefeeds: (connectionId) => db.removeChangefeeds({ connectionId }),
    addMigration: (connectionId, opts) => db.addMigration(connectionId, opts),
    removeMigrations: (connectionId) => db.removeMigrations(connectionId),
    connections: (clusterId) => {
      const data = db.sync();
      const riding = (id: string) => data.changefeeds.filter((f) => privateLinkRouteOf(f)?.privateLinkConnectionId === id).length;
      return data.connections
        .filter((c) => c.privateLinkConnectionId && (!clusterId || c.clusterId === clusterId))
        .map((c) => ({
          id: c.privateLinkConnectionId!,
          displayName: c.displayName,
          changefeeds: riding(c.privateLinkConnectionId!),
          migrations: migrationsOn(data, c.privateLinkConnectionId!),
        }));
    },
  };
}
