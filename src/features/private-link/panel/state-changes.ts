import type { PrivateLinkConnection } from '@/contract/private-link';

/** States a connection waits in, and the ones it ends in: a move from one to the other is news. */
const WAITING = new Set(['CREATING', 'PENDING_ACCEPTANCE']);
const SETTLED = new Set(['ACTIVE', 'FAILED']);

export interface StateChange {
  id: string;
  name: string;
  state: string;
}

/** The connections of `rows` that were waiting in `before` (same ID) and are now Active or Failed. */
export function settledSince(before: readonly PrivateLinkConnection[], rows: readonly PrivateLinkConnection[]): StateChange[] {
  const was = new Map(before.map((c) => [c.privateLinkConnectionId, c.state]));
  return rows.flatMap((c) => {
    const id = c.privateLinkConnectionId;
    const prev = id ? was.get(id) : undefined;
    return id && prev && c.state && WAITING.has(prev) && SETTLED.has(c.state) ? [{ id, name: c.displayName, state: c.state }] : [];
  });
}
