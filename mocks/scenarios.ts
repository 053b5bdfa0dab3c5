import { privateLinkRouteOf, type Changefeed, type SinkType } from '@/contract/changefeeds';
import { cloudRegionCode } from '@/contract/clusters';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { newId } from './ids';
import { clusterOf, CREATE_FAILED_MESSAGE, rejectedMessage, toActive, toFailed } from './lifecycle';
import type { MockData } from './model';
import { CLOUD_TYPES, typesOn } from './clouds';
import { zonesFor } from './zones';

/**
 * Scenarios for demos and tests (the developer panel, `window.__plcMock`): each changes the data as
 * the real world would (the user accepting in the cloud's console, …) and returns how many
 * resources it changed. Callers apply due transitions first and save after (see MockDb).
 */

const inState = (data: MockData, state: string, clusterId?: string) =>
  data.connections.filter((c) => c.state === state && (!clusterId || c.clusterId === clusterId));

/** As if the user accepted every pending request in the AWS / Alibaba Cloud console now. */
export function acceptPending(data: MockData, clusterId?: string): number {
  const found = inState(data, 'PENDING_ACCEPTANCE', clusterId);
  for (const c of found) toActive(data, c, Date.now());
  return found.length;
}

/** As if the user rejected every pending request in the cloud's console. */
export function rejectPending(data: MockData, clusterId?: string): number {
  const found = inState(data, 'PENDING_ACCEPTANCE', clusterId);
  for (const c of found) toFailed(data, c, rejectedMessage(c.type), Date.now());
  return found.length;
}

/** Every connection being created fails now. */
export function failCreating(data: MockData, clusterId?: string): number {
  const found = inState(data, 'CREATING', clusterId);
  for (const c of found) toFailed(data, c, CREATE_FAILED_MESSAGE, Date.now());
  return found.length;
}

const SEED_PREFIXES = ['orders', 'payments', 'kafka', 'analytics', 'audit', 'users'];
const SEED_AUTHORS = ['alice@acme.example', 'bob@acme.example', 'carol@acme.example'];
const seedName = (n: number) => `${SEED_PREFIXES[n % SEED_PREFIXES.length]}-${String(n).padStart(4, '0')}`;

/**
 * Adds `count` connections of mixed states (mostly ACTIVE; every tenth PENDING_ACCEPTANCE, every
 * tenth FAILED with a message), a minute apart and older than the seed, for paging and performance.
 * They have no timeline (they keep their states); names and IDs never collide with existing ones.
 */
export function seedMany(data: MockData, clusterId: string, count: number): number {
  const cluster = clusterOf(data, clusterId);
  const type = cluster && typesOn(cluster.region.cloudProvider)[0];
  if (!cluster || !type || !(count > 0)) return 0;
  const provider = CLOUD_TYPES[type];
  const field = provider.serviceField;
  const region = cloudRegionCode(cluster.region);
  const azIds = zonesFor(cluster).azIds;
  const names = new Set(data.connections.filter((c) => c.clusterId === clusterId).map((c) => c.displayName));
  const ids = new Set(data.connections.map((c) => c.privateLinkConnectionId));
  const base = Date.parse('2026-06-01T00:00:00Z');
  let n = data.connections.length;
  for (let i = 0; i < count; i++, n++) {
    while (names.has(seedName(n))) n++;
    const displayName = seedName(n);
    names.add(displayName);
    let id = newId.connection();
    while (ids.has(id)) id = newId.connection();
    ids.add(id);
    const state = n % 10 === 7 ? 'PENDING_ACCEPTANCE' : n % 10 === 9 ? 'FAILED' : 'ACTIVE';
    const service = {
      name: newId.endpointService(provider, region),
      endpointId: newId.endpoint(provider),
      ...(state === 'ACTIVE' ? { availabilityZoneIds: [...azIds] } : {}),
      ...(provider.serviceRegionField ? { region } : {}),
    };
    const createMs = base + n * 60_000;
    const conn: PrivateLinkConnection = {
      privateLinkConnectionId: id,
      clusterId,
      displayName,
      type,
      [field]: service,
      state,
      ...(state === 'FAILED' ? { message: n % 20 === 9 ? rejectedMessage(type) : CREATE_FAILED_MESSAGE } : {}),
      createdBy: SEED_AUTHORS[n % SEED_AUTHORS.length],
      createTime: new Date(createMs).toISOString(),
      updateTime: new Date(createMs + 90_000).toISOString(),
    };
    data.connections.push(conn);
  }
  return count;
}

/** Default ports: MySQL 3306, Kafka 9092. */
export const SINK_PORT: Record<SinkType, number> = { MYSQL: 3306, KAFKA: 9092 };

/** Adds a RUNNING changefeed whose sink goes through connection `connectionId`. Returns it, or undefined if there is no such connection. */
export function addChangefeed(
  data: MockData,
  connectionId: string,
  opts: { sinkType?: SinkType; port?: number; displayName?: string; state?: string } = {},
): Changefeed | undefined {
  const conn = data.connections.find((c) => c.privateLinkConnectionId === connectionId);
  if (!conn) return undefined;
  const sinkType = opts.sinkType ?? 'MYSQL';
  const route = { networkType: 'PRIVATE_LINK', privateLink: { privateLinkConnectionId: connectionId, port: opts.port ?? SINK_PORT[sinkType] } };
  const taken = new Set(data.changefeeds.filter((f) => f.clusterId === conn.clusterId).map((f) => f.displayName));
  let displayName = opts.displayName ?? `${conn.displayName}-to-${sinkType.toLowerCase()}`;
  for (let i = 2; !opts.displayName && taken.has(displayName); i++) displayName = `${conn.displayName}-to-${sinkType.toLowerCase()}-${i}`;
  const now = new Date().toISOString();
  const feed: Changefeed = {
    changefeedId: newId.changefeed(),
    clusterId: conn.clusterId,
    displayName,
    state: opts.state ?? 'RUNNING',
    sink:
      sinkType === 'MYSQL'
        ? { type: 'MYSQL', mysql: { network: route, authentication: { userName: 'cdc_writer', password: '********' } } }
        : { type: 'KAFKA', kafka: { network: route } },
    filter: { filterRule: ['*.*'], mode: 'IGNORE_NOT_SUPPORT_TABLE' },
    startPosition: { mode: 'FROM_NOW' },
    createTime: now,
    updateTime: now,
  };
  data.changefeeds.push(feed);
  return feed;
}

/** Removes changefeeds: those riding on `connectionId`, or one by `changefeedId`. Returns how many. */
export function removeChangefeeds(data: MockData, which: { connectionId?: string; changefeedId?: string }): number {
  const before = data.changefeeds.length;
  data.changefeeds = data.changefeeds.filter((f) => {
    if (which.changefeedId) return f.changefeedId !== which.changefeedId;
    return privateLinkRouteOf(f)?.privateLinkConnectionId !== which.connectionId;
  });
  return before - data.changefeeds.length;
}
