// The API key's budget: 100 requests a minute, in step with the API's X-Ratelimit-* headers
// (the proxy with it: proxy-budget.test.mjs).
import { describe, expect, it } from 'vitest';
import { BudgetSpent, createKeyBudget } from './budget.mjs';

/** A clock the test moves. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}
const answer = (status, headers = {}) => ({ status, headers: new Headers(headers) });
const spentFor = (budget, host) => {
  try {
    budget.take(host);
    return 0;
  } catch (e) {
    expect(e).toBeInstanceOf(BudgetSpent);
    return e.waitMs;
  }
};

describe('the key budget', () => {
  it('lets 100 requests go in a minute, then says how long to wait', () => {
    const c = clock();
    const b = createKeyBudget({ now: c.now });
    for (let i = 0; i < 100; i += 1) {
      b.take();
      c.advance(100);
    }
    expect(spentFor(b)).toBe(60_000 - 100 * 100);
    c.advance(60_000 - 100 * 100);
    expect(spentFor(b)).toBe(0);
  });

  it('follows the API: its limit, what it says remains, and a 429’s Retry-After', () => {
    const c = clock();
    const b = createKeyBudget({ now: c.now });
    const t1 = b.take();
    b.observe(t1, answer(200, { 'X-Ratelimit-Limit-Minute': '100', 'X-Ratelimit-Remaining-Minute': '2', 'X-Ratelimit-Reset': '30' }));
    b.take();
    b.take();
    expect(spentFor(b)).toBe(30_000); // another client spent the rest: wait for the API's reset
    c.advance(30_000);
    const t2 = b.take();
    b.observe(t2, answer(429, { 'Retry-After': '20' }));
    expect(spentFor(b)).toBe(20_000);
    c.advance(20_000);
    const t3 = b.take();
    b.observe(t3, answer(200, { 'X-Ratelimit-Limit-Minute': '5' }));
    expect(spentFor(b)).toBe(10_000); // 5 a minute, and 5 went in the last 50 s: the first leaves the minute in 10 s
  });

  it('counts the requests still out when the API’s count came back as not yet counted', () => {
    const b = createKeyBudget({ now: clock().now });
    const tickets = Array.from({ length: 10 }, () => b.take());
    // the answer to the 5th: 8 remain, but 9 others are still out and may not be in that count
    b.observe(tickets[4], answer(200, { 'X-Ratelimit-Remaining-Minute': '8', 'X-Ratelimit-Reset': '60' }));
    expect(spentFor(b)).toBe(60_000);
  });

  it('keeps each host’s word for the calls to that host; every request counts against both', () => {
    const b = createKeyBudget({ now: clock().now });
    const cloud = b.take('cloud');
    b.observe(cloud, answer(200, { 'X-Ratelimit-Remaining-Minute': '1', 'X-Ratelimit-Reset': '40' }), 'cloud');
    const iam = b.take('iam'); // the account API has said nothing: our own count decides
    b.observe(iam, answer(200, { 'X-Ratelimit-Remaining-Minute': '50', 'X-Ratelimit-Reset': '40' }), 'iam');
    expect(spentFor(b, 'cloud')).toBe(40_000); // its 1 left went to the account API's call
    expect(spentFor(b, 'iam')).toBe(0);
  });
});
