import type { Cluster } from '@/contract/clusters';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { cloudTypeOf, serviceOf } from './clouds';
import type { MockTiming } from './config';
import { newId } from './ids';
import type { MockData } from './model';
import { zonesFor } from './zones';

/**
 * The one description of a connection's lifecycle: CREATING → PENDING_ACCEPTANCE (it gets its
 * endpoint ID) → ACTIVE (the user accepted it in the cloud's console; it gets the cluster's zones),
 * or FAILED with a message; DELETING → gone (with its attached domains). Transitions are derived
 * from time whenever the data is read, so they survive reloads and need no timers.
 */

const stamp = (ms: number) => new Date(ms).toISOString();
export const clusterOf = (data: MockData, clusterId: string): Cluster | undefined => data.clusters.find((c) => c.clusterId === clusterId);

export function toPendingAcceptance(c: PrivateLinkConnection, atMs: number): void {
  c.state = 'PENDING_ACCEPTANCE';
  c.updateTime = stamp(atMs);
  const service = serviceOf(c);
  const type = cloudTypeOf(c.type);
  if (service && type) service.endpointId ??= newId.endpoint(type);
}

export function toActive(data: MockData, c: PrivateLinkConnection, atMs: number): void {
  const cluster = clusterOf(data, c.clusterId);
  c.state = 'ACTIVE';
  c.updateTime = stamp(atMs);
  delete c.message;
  const service = serviceOf(c);
  if (service) service.availabilityZoneIds = cluster ? zonesFor(cluster).azIds : [];
}

/** FAILED for good: the lifecycle does not take it back. */
export function toFailed(data: MockData, c: PrivateLinkConnection, message: string, atMs: number): void {
  c.state = 'FAILED';
  c.updateTime = stamp(atMs);
  c.message = message;
  if (c.privateLinkConnectionId) delete data.timelines[c.privateLinkConnectionId];
}

export function toDeleting(data: MockData, c: PrivateLinkConnection, atMs: number): void {
  const id = c.privateLinkConnectionId!;
  c.state = 'DELETING';
  c.updateTime = stamp(atMs);
  data.timelines[id] = { ...(data.timelines[id] ?? { createdAtMs: 0 }), deletingSinceMs: atMs };
}

/** What the cloud's console says when the user rejects the endpoint connection request. */
export const rejectedMessage = (type: string) =>
  `The endpoint connection request was rejected in the ${cloudTypeOf(type)?.consoleName ?? 'provider'} console.`;

export const CREATE_FAILED_MESSAGE =
  "TiDB Cloud could not create the endpoint: the endpoint service was not found, or TiDB Cloud's account is not allowed to connect to it.";

/** Applies every transition due by `now`. Returns whether anything changed. */
export function advance(data: MockData, timing: MockTiming, now: number): boolean {
  let changed = false;
  for (const c of data.connections) {
    const tl = c.privateLinkConnectionId ? data.timelines[c.privateLinkConnectionId] : undefined;
    if (!tl) continue;
    const created = tl.createdAtMs + timing.creatingMs;
    if (c.state === 'CREATING' && now >= created) {
      changed = true;
      if (tl.failMessage) toFailed(data, c, tl.failMessage, created);
      else toPendingAcceptance(c, created);
    }
    const accepted = created + timing.acceptanceMs;
    if (c.state === 'PENDING_ACCEPTANCE' && now >= accepted) {
      changed = true;
      toActive(data, c, accepted);
    }
  }
  const gone = new Set(
    data.connections
      .filter((c) => {
        const since = data.timelines[c.privateLinkConnectionId ?? '']?.deletingSinceMs;
        return c.state === 'DELETING' && since !== undefined && now >= since + timing.deletingMs;
      })
      .map((c) => c.privateLinkConnectionId),
  );
  if (gone.size === 0) return changed;
  data.connections = data.connections.filter((c) => !gone.has(c.privateLinkConnectionId));
  data.attachDomains = data.attachDomains.filter((a) => !gone.has(a.privateLinkConnectionId));
  for (const id of gone) if (id) delete data.timelines[id];
  return true;
}
