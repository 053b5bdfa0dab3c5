import { isApiError } from './api-error';

const MINUTE = 60_000;

export interface RequestBudget {
  /** Waits until a request fits the budget (a sliding minute), then counts it. */
  take(signal?: AbortSignal): Promise<void>;
  /** Counts a request and returns 0 if it fits now; otherwise counts nothing and returns the ms to wait. */
  tryTake(): number;
  /** Holds every request until `ms` from now (the API's Retry-After after a 429). */
  holdFor(ms: number): void;
  /** Requests counted in the last minute. */
  used(): number;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * At most `limit` requests in any minute, and none before a Retry-After has passed: whatever asks
 * (polling, paging, a window focus, a retry), the calls that go through it keep to the API's limit.
 */
export function createRequestBudget(limit: number, now: () => number = Date.now): RequestBudget {
  const sent: number[] = [];
  let heldUntil = 0;
  const forget = (t: number) => {
    while (sent.length && sent[0]! <= t - MINUTE) sent.shift();
  };
  const tryTake = () => {
    const t = now();
    forget(t);
    const wait = Math.max(heldUntil - t, sent.length < limit ? 0 : sent[0]! + MINUTE - t);
    if (wait <= 0) sent.push(t);
    return Math.max(0, wait);
  };
  return {
    async take(signal) {
      for (let wait = tryTake(); wait > 0; wait = tryTake()) await sleep(wait, signal);
    },
    tryTake,
    holdFor(ms) {
      heldUntil = Math.max(heldUntil, now() + ms);
    },
    used() {
      forget(now());
      return sent.length;
    },
  };
}

const owned = new WeakMap<object, RequestBudget>();

/** The one budget of `owner` (e.g. the app's QueryClient, which stands for one API key), made on first use. */
export function budgetOf(owner: object, limit: number): RequestBudget {
  let budget = owned.get(owner);
  if (!budget) owned.set(owner, (budget = createRequestBudget(limit)));
  return budget;
}

/**
 * Runs `request` within `budget`; a 429 holds the budget for its Retry-After (10 s without one).
 * A request that fits is sent at once, not a microtask later.
 */
export function withinBudget<T>(
  budget: RequestBudget,
  request: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const send = async () => {
    try {
      return await request();
    } catch (e) {
      if (isApiError(e) && e.kind === 'http' && e.status === 429) budget.holdFor(e.retryAfterMs ?? 10_000);
      throw e;
    }
  };
  return budget.tryTake() === 0 ? send() : budget.take(signal).then(send);
}
