import type { Cluster } from '@/contract/clusters';
import type { AttachDomain, PrivateLinkConnection } from '@/contract/private-link';
import { DEFAULT_TIMING, type MockTiming } from './config';
import type { Endpoint, Fault } from './faults';
import { seedAttachDomains, seedClusters, seedConnections } from './seed';
import { zonesFor } from './zones';

/** Hidden lifecycle of a connection created through the mock (seeded ones have none: they keep their state). */
export interface Timeline {
  createdAtMs: number;
  /** Set when the endpoint service is in another region: the connection ends FAILED with it. */
  failMessage?: string;
  deletingSinceMs?: number;
}

export interface MockData {
  clusters: Cluster[];
  connections: PrivateLinkConnection[];
  attachDomains: AttachDomain[];
  timelines: Record<string, Timeline>;
}

export interface MockStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function seedData(): MockData {
  return structuredClone({
    clusters: seedClusters,
    connections: seedConnections,
    attachDomains: seedAttachDomains,
    timelines: {},
  });
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export function randomId(length: number, alphabet = ID_ALPHABET): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** What the provider console says when the user rejects the endpoint connection request. */
export function rejectedMessage(type: PrivateLinkConnection['type']): string {
  return `The endpoint connection request was rejected in the ${type === 'ALICLOUD_ENDPOINT_SERVICE' ? 'Alibaba Cloud' : 'AWS'} console.`;
}

export const CREATE_FAILED_MESSAGE =
  "TiDB Cloud could not create the endpoint: the endpoint service was not found, or TiDB Cloud's account is not allowed to connect to it.";

const SEED_PREFIXES = ['orders', 'payments', 'kafka', 'analytics', 'audit', 'users'];
const SEED_AUTHORS = ['alice@acme.example', 'bob@acme.example', 'carol@acme.example'];
const seedName = (n: number) => `${SEED_PREFIXES[n % SEED_PREFIXES.length]}-${String(n).padStart(4, '0')}`;

/**
 * The in-memory database behind the mocked API. Lifecycle transitions are derived from time
 * whenever the data is read, so they survive reloads and need no timers.
 */
export class MockDb {
  data: MockData;
  timing: MockTiming;
  /** Every request the mock received, in order (tests count them). */
  requests: { endpoint: Endpoint; method: string; url: string; body: string | undefined }[] = [];
  faults: Partial<Record<Endpoint, Fault>> = {};
  private storage: MockStorage | undefined;
  private storageKey: string;

  constructor(opts: { timing?: Partial<MockTiming>; storage?: MockStorage; storageKey?: string; data?: MockData } = {}) {
    this.timing = { ...DEFAULT_TIMING, ...opts.timing };
    this.storage = opts.storage;
    this.storageKey = opts.storageKey ?? 'plc-mock-db';
    this.data = opts.data ?? this.load() ?? seedData();
  }

  private load(): MockData | undefined {
    const raw = this.storage?.getItem(this.storageKey);
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as MockData;
    } catch {
      return undefined;
    }
  }

  save(): void {
    this.storage?.setItem(this.storageKey, JSON.stringify(this.data));
  }

  reset(data: MockData = seedData()): void {
    this.data = data;
    this.storage?.removeItem(this.storageKey);
  }

  /** Makes `endpoint` fail: the next `fault.times` requests, or all of them when times is unset. */
  setFault(endpoint: Endpoint, fault: Fault | undefined): void {
    if (fault) this.faults[endpoint] = { ...fault };
    else delete this.faults[endpoint];
  }

  clearFaults(): void {
    this.faults = {};
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

  // ---- Scenarios for demos (the developer panel) -------------------------------------------

  /** Connections in `state` (after applying the transitions due now), of one cluster or all. */
  private pick(state: string, clusterId?: string) {
    this.advance();
    return this.data.connections.filter((c) => c.state === state && (!clusterId || c.clusterId === clusterId));
  }

  /** As if the user accepted every pending request in the AWS / Alibaba Cloud console now. */
  acceptPending(clusterId?: string): number {
    const now = new Date().toISOString();
    const found = this.pick('PENDING_ACCEPTANCE', clusterId);
    for (const c of found) {
      const cluster = this.cluster(c.clusterId);
      const azIds = cluster ? zonesFor(cluster).azIds : [];
      c.state = 'ACTIVE';
      c.updateTime = now;
      delete c.message;
      if (c.awsEndpointService) c.awsEndpointService.availabilityZoneIds = [...azIds];
      if (c.alicloudEndpointService) c.alicloudEndpointService.availabilityZoneIds = [...azIds];
    }
    this.save();
    return found.length;
  }

  /** As if the user rejected every pending request in the provider's console. */
  rejectPending(clusterId?: string): number {
    const now = new Date().toISOString();
    const found = this.pick('PENDING_ACCEPTANCE', clusterId);
    for (const c of found) {
      c.state = 'FAILED';
      c.updateTime = now;
      c.message = rejectedMessage(c.type);
    }
    this.save();
    return found.length;
  }

  /** Every connection being created fails now. */
  failCreating(clusterId?: string): number {
    const now = new Date().toISOString();
    const found = this.pick('CREATING', clusterId);
    for (const c of found) {
      c.state = 'FAILED';
      c.updateTime = now;
      c.message = CREATE_FAILED_MESSAGE;
      if (c.privateLinkConnectionId) delete this.data.timelines[c.privateLinkConnectionId];
    }
    this.save();
    return found.length;
  }

  /**
   * Adds `count` connections of mixed states (mostly ACTIVE; every tenth PENDING_ACCEPTANCE, every
   * tenth FAILED with a message), for paging and performance. They have no timeline: they keep their
   * states. Display names and IDs never collide with existing ones. Returns how many were added.
   */
  seedMany(clusterId: string, count: number): number {
    const cluster = this.cluster(clusterId);
    if (!cluster || !(count > 0)) return 0;
    const ali = cluster.region.cloudProvider === 'alicloud';
    const type = ali ? 'ALICLOUD_ENDPOINT_SERVICE' : 'AWS_ENDPOINT_SERVICE';
    const region = cluster.region.regionId;
    const azIds = zonesFor(cluster).azIds;
    const names = new Set(this.data.connections.filter((c) => c.clusterId === clusterId).map((c) => c.displayName));
    const ids = new Set(this.data.connections.map((c) => c.privateLinkConnectionId));
    const hex = '0123456789abcdef';
    const unique = (make: () => string) => {
      let id = make();
      while (ids.has(id)) id = make();
      ids.add(id);
      return id;
    };
    // Older than the seeded connections, a minute apart.
    const base = Date.parse('2026-06-01T00:00:00Z');
    let n = this.data.connections.length;
    for (let i = 0; i < count; i++, n++) {
      let displayName = seedName(n);
      while (names.has(displayName)) displayName = seedName(++n);
      names.add(displayName);
      const state = n % 10 === 7 ? 'PENDING_ACCEPTANCE' : n % 10 === 9 ? 'FAILED' : 'ACTIVE';
      const service = {
        name: ali ? `com.aliyuncs.privatelink.${region}.epsrv-${randomId(20)}` : `com.amazonaws.vpce.${region}.vpce-svc-${randomId(17, hex)}`,
        endpointId: ali ? `ep-${randomId(20)}` : `vpce-0${randomId(16, hex)}`,
        ...(state === 'ACTIVE' ? { availabilityZoneIds: [...azIds] } : {}),
      };
      const createMs = base + n * 60_000;
      this.data.connections.push({
        privateLinkConnectionId: unique(() => `plc-${randomId(20)}`),
        clusterId,
        displayName,
        type,
        ...(ali ? { alicloudEndpointService: service } : { awsEndpointService: { ...service, region } }),
        state,
        ...(state === 'FAILED' ? { message: n % 20 === 9 ? rejectedMessage(type) : CREATE_FAILED_MESSAGE } : {}),
        createdBy: SEED_AUTHORS[n % SEED_AUTHORS.length],
        createTime: new Date(createMs).toISOString(),
        updateTime: new Date(createMs + 90_000).toISOString(),
      });
    }
    this.save();
    return count;
  }

  cluster(clusterId: string): Cluster | undefined {
    return this.data.clusters.find((c) => c.clusterId === clusterId);
  }

  /** Applies every transition due by `now`. */
  advance(now = Date.now()): void {
    const t = this.timing;
    let changed = false;
    const stamp = (ms: number) => new Date(ms).toISOString();
    for (const c of this.data.connections) {
      const tl = c.privateLinkConnectionId ? this.data.timelines[c.privateLinkConnectionId] : undefined;
      if (!tl) continue;
      const createdDone = tl.createdAtMs + t.creatingMs;
      if (c.state === 'CREATING' && now >= createdDone) {
        changed = true;
        c.updateTime = stamp(createdDone);
        if (tl.failMessage) {
          c.state = 'FAILED';
          c.message = tl.failMessage;
        } else {
          c.state = 'PENDING_ACCEPTANCE';
          const endpointId = c.type === 'AWS_ENDPOINT_SERVICE' ? `vpce-0${randomId(16, '0123456789abcdef')}` : `ep-${randomId(20)}`;
          if (c.awsEndpointService) c.awsEndpointService.endpointId = endpointId;
          if (c.alicloudEndpointService) c.alicloudEndpointService.endpointId = endpointId;
        }
      }
      const acceptedAt = createdDone + t.acceptanceMs;
      if (c.state === 'PENDING_ACCEPTANCE' && now >= acceptedAt) {
        changed = true;
        c.state = 'ACTIVE';
        c.updateTime = stamp(acceptedAt);
        const cluster = this.cluster(c.clusterId);
        const azIds = cluster ? zonesFor(cluster).azIds : [];
        if (c.awsEndpointService) c.awsEndpointService.availabilityZoneIds = azIds;
        if (c.alicloudEndpointService) c.alicloudEndpointService.availabilityZoneIds = azIds;
      }
    }
    const before = this.data.connections.length;
    this.data.connections = this.data.connections.filter((c) => {
      const tl = c.privateLinkConnectionId ? this.data.timelines[c.privateLinkConnectionId] : undefined;
      return !(c.state === 'DELETING' && tl?.deletingSinceMs !== undefined && now >= tl.deletingSinceMs + t.deletingMs);
    });
    if (this.data.connections.length !== before) {
      changed = true;
      const ids = new Set(this.data.connections.map((c) => c.privateLinkConnectionId));
      this.data.attachDomains = this.data.attachDomains.filter((a) => ids.has(a.privateLinkConnectionId));
      for (const id of Object.keys(this.data.timelines)) if (!ids.has(id)) delete this.data.timelines[id];
    }
    if (changed) this.save();
  }
}
