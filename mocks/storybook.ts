import { delay, http, type RequestHandler } from 'msw';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { MockDb } from './db';
import type { Endpoint, Fault } from './faults';
import { createHandlers } from './handlers';
import { AWS_CLUSTER_ID } from './seed';

const LIST_URL = '*/v1beta1/clusters/:clusterId/privateLinkConnections';

/**
 * Handlers are built once, when a story file is imported, but each story must start from its own
 * data: whatever a story (or the person clicking through it) created, deleted or used up (a fault
 * with `times`) must not leak into the next one. So every database remembers what `setup` made of
 * it, and `resetMockApi` (called by .storybook/preview.tsx before each story renders) puts it back.
 */
const resets = new WeakMap<RequestHandler, () => void>();

/**
 * A fresh seeded database (no latency, lifecycle frozen: nothing changes state while a story is
 * open) shaped by `setup` (add connections, inject faults …), and the app's own handlers on it.
 */
function mockDb(setup?: (db: MockDb) => void) {
  const db = new MockDb({
    timing: { latencyMs: 0, creatingMs: 3_600_000, acceptanceMs: 3_600_000, deletingMs: 3_600_000 },
  });
  setup?.(db);
  const snapshot = structuredClone({ data: db.data, faults: db.faults, timing: db.timing });
  const reset = () => {
    const fresh = structuredClone(snapshot);
    db.data = fresh.data;
    db.faults = fresh.faults;
    db.timing = fresh.timing;
    db.requests = [];
  };
  const track = (handlers: RequestHandler[]) => {
    for (const h of handlers) resets.set(h, reset);
    return handlers;
  };
  return { db, track, handlers: track(createHandlers(db)) };
}

/** Handlers for a story: the app's own, on a fresh seeded database after `setup` has shaped it. */
export function mockApi(setup?: (db: MockDb) => void): RequestHandler[] {
  return mockDb(setup).handlers;
}

/** Puts back the databases behind `handlers` as `setup` left them, once each (see `resets`). */
export function resetMockApi(handlers: readonly unknown[]): void {
  const due = new Set<() => void>();
  for (const h of handlers) {
    const reset = h && typeof h === 'object' ? resets.get(h as RequestHandler) : undefined;
    if (reset) due.add(reset);
  }
  due.forEach((reset) => reset());
}

/** Shorthand: every request to `endpoint` fails with `fault`. */
export const withFault = (endpoint: Endpoint, fault: Fault) => mockApi((db) => db.setFault(endpoint, fault));

/** The list never answers (loading state). */
export const listNeverAnswers = [http.get(LIST_URL, () => delay('infinite')), ...mockApi()];

/**
 * The list answers `ok` times, then every later request fails with `fault` (a refresh failing
 * over data already shown). Counted on the story's own database, so it starts over with each story.
 */
export function listFailsAfter(ok: number, fault: Fault, setup?: (db: MockDb) => void): RequestHandler[] {
  const { db, track, handlers } = mockDb(setup);
  const failLater = http.get(LIST_URL, () => {
    if (db.requests.filter((r) => r.endpoint === 'listConnections').length >= ok)
      db.setFault('listConnections', fault);
    // No answer: the app's handler answers, with the fault once it is set.
  });
  return [...track([failLater]), ...handlers];
}

let n = 0;
/** A connection of the AWS cluster in `state`. */
export function awsConnection(
  state: string,
  overrides: Partial<PrivateLinkConnection> = {},
): PrivateLinkConnection {
  n += 1;
  const hex = n.toString(16).padStart(17, '0');
  return {
    privateLinkConnectionId: `plc-story${String(n).padStart(16, '0')}`,
    clusterId: AWS_CLUSTER_ID,
    displayName: `${state.toLowerCase().replace(/_/g, '-')}-${n}`,
    type: 'AWS_ENDPOINT_SERVICE',
    awsEndpointService: { name: `com.amazonaws.vpce.us-east-1.vpce-svc-${hex}`, region: 'us-east-1' },
    state,
    createdBy: 'jane.doe@acme.example',
    createTime: new Date(Date.UTC(2026, 10, 20, 8, n)).toISOString(),
    updateTime: null,
    ...overrides,
  };
}
