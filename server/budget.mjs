// @ts-check
/**
 * The API key's budget, kept where the key is: TiDB Cloud allows each key 100 requests a minute,
 * and counts whatever reaches it, digest challenges included. The proxy takes a ticket before each
 * request it sends upstream (to any TiDB Cloud host: they share the key's budget) and refuses
 * itself, with the wait, once the minute is spent; each host's own `X-Ratelimit-*` headers and a
 * `429`'s `Retry-After` keep it in step with what that host has seen (other processes or tools
 * using the same key): whichever count is stricter decides.
 */

const MINUTE = 60_000;

/** Thrown by `take` when nothing may be sent now; `waitMs`: until a request may go. */
export class BudgetSpent extends Error {
  /** @param {number} waitMs */
  constructor(waitMs) {
    super(`the API key's requests for this minute are spent; next in ${Math.ceil(waitMs / 1000)} s`);
    this.name = 'BudgetSpent';
    this.waitMs = waitMs;
  }
}

/** @param {string | null} value @returns {number | undefined} a non-negative integer header value */
const count = (value) => (value !== null && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : undefined);

/** Retry-After as ms: delta seconds or an HTTP date. @param {string | null} value @param {number} now */
function retryAfterMs(value, now) {
  if (!value) return undefined;
  const seconds = count(value);
  if (seconds !== undefined) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * @param {{ limit?: number, now?: () => number }} [options] limit: requests a minute until the
 *   API's `X-Ratelimit-Limit-Minute` says otherwise
 */
export function createKeyBudget(options = {}) {
  const now = options.now ?? Date.now;
  let limit = options.limit ?? 100;
  /** The limit as the API last stated it (0 included: a key it refuses for now). */
  let stated = limit;
  /** Requests sent in the last minute, oldest first; `answered` once their answer is in. @type {{ seq: number, at: number, answered: boolean }[]} */
  const sent = [];
  let seq = 0;
  /**
   * Each host's latest word: at most `remaining` more after the request `seq`, until `until`. Every
   * request sent since counts against it, to whichever host (exact when the hosts share the key's
   * count, on the safe side when one keeps its own).
   * @type {Map<string, { seq: number, remaining: number, until: number }>}
   */
  const reports = new Map();
  let heldUntil = 0;

  /**
   * ms until one more request to `host` may go (0: now). Our own count (challenges included, all
   * hosts together) and that host's word must both allow it: the stricter wins.
   * @param {string} [host]
   */
  const waitMs = (host = '') => {
    const t = now();
    while (sent.length && sent[0].at <= t - MINUTE) sent.shift();
    let wait = Math.max(0, heldUntil - t);
    if (sent.length >= limit) wait = Math.max(wait, (sent[sent.length - limit]?.at ?? t) + MINUTE - t);
    const r = reports.get(host);
    if (r && t < r.until) {
      const since = sent.filter((s) => s.seq > r.seq).length;
      if (r.remaining - since <= 0) wait = Math.max(wait, r.until - t);
    }
    return wait;
  };

  return {
    waitMs,
    /** Counts a request about to be sent to `host`, or throws BudgetSpent. @param {string} [host] @returns {number} its ticket */
    take(host = '') {
      const wait = waitMs(host);
      if (wait > 0) throw new BudgetSpent(wait);
      seq += 1;
      sent.push({ seq, at: now(), answered: false });
      return seq;
    },
    /**
     * Reads an answer's rate-limit headers (`ticket`: the request it answers). The requests still
     * out when it came may or may not be in the API's count: they are taken as not yet counted.
     * @param {number} ticket @param {{ status: number, headers: Headers }} res @param {string} [host]
     */
    observe(ticket, res, host = '') {
      const t = now();
      const entry = sent.find((s) => s.seq === ticket);
      if (entry) entry.answered = true;
      const max = count(res.headers.get('x-ratelimit-limit-minute'));
      if (max !== undefined) stated = max;
      if (max !== undefined && max > 0) limit = max;
      const remaining = count(res.headers.get('x-ratelimit-remaining-minute'));
      const reset = count(res.headers.get('x-ratelimit-reset'));
      if (remaining !== undefined) {
        const out = sent.filter((s) => !s.answered).length;
        reports.set(host, { seq, remaining: remaining - out, until: t + Math.min(MINUTE, (reset ?? 60) * 1000) });
      }
      if (res.status === 429) {
        const wait = retryAfterMs(res.headers.get('retry-after'), t) ?? (reset !== undefined ? reset * 1000 : undefined);
        if (wait !== undefined) heldUntil = Math.max(heldUntil, t + Math.min(wait, 10 * MINUTE));
      }
    },
    /** The key's requests a minute, as the API last stated it. */
    stated: () => stated,
    /** Requests counted in the last minute. */
    used: () => {
      waitMs();
      return sent.length;
    },
  };
}
