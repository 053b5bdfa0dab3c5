import type { Changefeed, SinkType } from '@/contract/changefeeds';
import type { Cluster } from '@/contract/clusters';
import { DB_STORAGE_KEY, DEFAULT_TIMING, type MockTiming } from './config';
import type { Endpoint, Fault } from './faults';
import { advance, clusterOf } from './lifecycle';
import { seedData, type MockData } from './model';
import * as migrationScenarios from './migration-scenarios';
import * as scenarios from './scenarios';
import { MockStore, type MockStorage } from './store';

export { seedData, type MockData, type Timeline } from './model';
export type { MockStorage } from './store';
export { randomId } from './ids';

/** One request as the mock received it (tests count them). */
export interface LoggedRequest {
  endpoint: Endpoint;
  method: string;
  url: string;
  body: string | undefined;
}

/**
 * The mocked server: its data (kept by a MockStore), timing, injected faults and request log.
 * Every change goes through `change()`: load the latest stored state, apply due transitions, do
 * the work, save only if something changed.
 */
export class MockDb {
  timing: MockTiming;
  requests: LoggedRequest[] = [];
  faults: Partial<Record<Endpoint, Fault>> = {};
  private holds = new Map<Endpoint, Promise<void>>();
  private releases = new Set<() => void>();
  /** Scenario: refuse a second connection with a display name already in the cluster (409). The spec promises no such rule: off by default. */
  uniqueDisplayNames = false;
  private store: MockStore;

  constructor(opts: { timing?: Partial<MockTiming>; storage?: MockStorage; storageKey?: string; data?: MockData } = {}) {
    this.timing = { ...DEFAULT_TIMING, ...opts.timing };
    this.store = new MockStore(opts.storage, opts.storageKey ?? DB_STORAGE_KEY, opts.data);
  }

  /** The data as last loaded (tests may read and change it; `save()` stores it). */
  get data(): MockData {
    return this.store.data;
  }
  set data(data: MockData) {
    this.store.data = data;
  }

  /** Loads the latest stored state and applies the transitions due by `now`. */
  sync(now = Date.now()): MockData {
    const data = this.store.load();
    advance(data, this.timing, now);
    return data;
  }

  /** Runs `work` on the latest state and saves the result if it changed anything. */
  change<T>(work: (data: MockData) => T, now = Date.now()): T {
    const result = work(this.sync(now));
    this.store.commit();
    return result;
  }

  save(): void {
    this.store.commit();
  }

  /** The seed again, and the scenarios' switches back to the spec's defaults. */
  reset(data: MockData = seedData()): void {
    this.uniqueDisplayNames = false;
    this.store.reset(data);
  }

  /** Applies every transition due by `now` (tests move time with it). */
  advance(now = Date.now()): void {
    this.change(() => undefined, now);
  }

  cluster(clusterId: string): Cluster | undefined {
    return clusterOf(this.data, clusterId);
  }

  /** Makes `endpoint` fail: the next `fault.times` requests, or all of them when times is unset. */
  setFault(endpoint: Endpoint, fault: Fault | undefined): void {
    if (fault) this.faults[endpoint] = { ...fault };
    else delete this.faults[endpoint];
  }

  clearFaults(): void {
    this.faults = {};
    // Answers still held (a test that ended before releasing them) go out.
    this.releases.forEach((release) => release());
    this.releases.clear();
    this.holds.clear();
  }

  /**
   * Tests: the next request to `endpoint` is carried out when it arrives, and its answer (when the
   * work succeeded) is held until `release()`: a reply overtaken by newer ones, in the order the
   * test chooses, with no clock involved.
   */
  holdNextAnswer(endpoint: Endpoint): () => void {
    let release!: () => void;
    this.holds.set(endpoint, new Promise<void>((resolve) => (release = resolve)));
    this.releases.add(release);
    return release;
  }

  /** The hold `holdNextAnswer` set for `endpoint`, taken (once). */
  takeHold(endpoint: Endpoint): Promise<void> | undefined {
    const hold = this.holds.get(endpoint);
    this.holds.delete(endpoint);
    return hold;
  }

  takeFault(endpoint: Endpoint): Fault | undefined {
    const fault = this.faults[endpoint];
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      if (fault.times <= 1) delete this.faults[endpoint];
      else fault.times -= 1;
    }
    return fault;
  }

  // Scenarios (mocks/scenarios.ts) on the latest state, saved.
  acceptPending = (clusterId?: string) => this.change((d) => scenarios.acceptPending(d, clusterId));
  rejectPending = (clusterId?: string) => this.change((d) => scenarios.rejectPending(d, clusterId));
  failCreating = (clusterId?: string) => this.change((d) => scenarios.failCreating(d, clusterId));
  seedMany = (clusterId: string, count: number) => this.change((d) => scenarios.seedMany(d, clusterId, count));
  addChangefeed = (connectionId: string, opts?: { sinkType?: SinkType; port?: number; displayName?: string; state?: string }): Changefeed | undefined =>
    this.change((d) => scenarios.addChangefeed(d, connectionId, opts));
  removeChangefeeds = (which: { connectionId?: string; changefeedId?: string }) => this.change((d) => scenarios.removeChangefeeds(d, which));
  addMigration = (connectionId: string, opts?: migrationScenarios.AddMigrationOptions) => this.change((d) => migrationScenarios.addMigration(d, connectionId, opts));
  removeMigrations = (connectionId: string) => this.change((d) => migrationScenarios.removeMigrations(d, connectionId));
}
