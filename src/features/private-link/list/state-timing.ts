import type { PrivateLinkConnection } from '@/contract/private-link';

/**
 * How long a connection has been as it is, from what the API gives: `createTime` and `updateTime`
 * only (it gives no time of entering a state, so none is claimed). "Unchanged for" counts from the
 * last change, or from creation when it never changed: the state is at least that old.
 */
export interface StateTiming {
  createdMs?: number;
  changedMs?: number;
  /** Since the last change (or creation). */
  unchangedMs?: number;
  /** Unchanged for longer than this state usually takes: worth a hint of what to check. */
  long: boolean;
}

const MINUTE = 60_000;
/** Beyond these the state has waited unusually long (a few minutes is usual for Creating; acceptance waits on a person). */
export const LONG_WAIT_MS: Record<string, number> = {
  CREATING: 15 * MINUTE,
  PENDING_ACCEPTANCE: 60 * MINUTE,
  DELETING: 15 * MINUTE,
};

const ageOf = (iso: string | null | undefined, now: number) => {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : Math.max(0, now - t);
};

export function stateTiming(c: Pick<PrivateLinkConnection, 'state' | 'createTime' | 'updateTime'>, now: number): StateTiming {
  const createdMs = ageOf(c.createTime, now);
  const changedMs = ageOf(c.updateTime, now);
  const unchangedMs = changedMs ?? createdMs;
  const limit = c.state ? LONG_WAIT_MS[c.state] : undefined;
  return { createdMs, changedMs, unchangedMs, long: limit !== undefined && unchangedMs !== undefined && unchangedMs > limit };
}
