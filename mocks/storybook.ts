import { delay, http } from 'msw';
import type { PrivateLinkConnection } from '@/features/private-link/api/contract';
import { MockDb } from './db';
import type { Endpoint, Fault } from './faults';
import { createHandlers } from './handlers';
import { AWS_CLUSTER_ID } from './seed';

/**
 * Handlers for a story: the app's own, on a fresh seeded database (no latency, lifecycle frozen),
 * after `setup` has shaped it (add connections, inject faults …).
 */
export function mockApi(setup?: (db: MockDb) => void) {
  const db = new MockDb({ timing: { latencyMs: 0, creatingMs: 3_600_000, acceptanceMs: 3_600_000, deletingMs: 3_600_000 } });
  setup?.(db);
  return createHandlers(db);
}

/** Shorthand: every request to `endpoint` fails with `fault`. */
export const withFault = (endpoint: Endpoint, fault: Fault) => mockApi((db) => db.setFault(endpoint, fault));

/** The list never answers (loading state). */
export const listNeverAnswers = [http.get('*/v1beta1/clusters/:clusterId/privateLinkConnections', () => delay('infinite')), ...mockApi()];

let n = 0;
/** A connection of the AWS cluster in `state`. */
export function awsConnection(state: string, overrides: Partial<PrivateLinkConnection> = {}): PrivateLinkConnection {
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
