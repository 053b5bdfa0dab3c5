// The API key's budget in the proxy: 100 requests a minute across every tab and client, digest
// challenges included, in step with the API's X-Ratelimit-* headers; past it the proxy answers 429.
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestGate } from './digest-gate.mjs';
import { rawRequest, startProxy, startUpstream } from './test-helpers.mjs';

const PUBLIC = 'BUDGETPUB';
const PRIVATE = 'budget-private-3f9d0c1e';
const C = '1379661944646413143';
const LIST = `/v1beta1/clusters/${C}/privateLinkConnections`;
const own = { 'sec-fetch-site': 'same-origin' };

/** A clock the test moves. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('the proxy keeps the key within its budget', () => {
  const running = [];
  afterEach(async () => {
    while (running.length) await running.pop()();
  });

  async function setup(gateOptions = {}, proxyOptions = {}) {
    const api = await startUpstream();
    const gate = createDigestGate({ keys: { [PUBLIC]: PRIVATE }, upstream: api.url, algorithm: 'SHA-256', ...gateOptions });
    const gateUrl = await gate.listen(0);
    const proxy = await startProxy({ publicKey: PUBLIC, privateKey: PRIVATE, apiBase: gateUrl, ...proxyOptions });
    running.push(api.close, gate.close, proxy.close);
    return { api, gate, proxy };
  }

  it('130 parallel calls: at most 100 reach the API in that minute, challenge included; the rest get 429 from the proxy', async () => {
    const { gate, proxy } = await setup({ ratePerMinute: 100, latencyMs: 20 });
    const answers = await Promise.all(Array.from({ length: 130 }, () => rawRequest(proxy.base, { path: LIST, headers: own, deadlineMs: 20_000 })));
    const statuses = answers.map((a) => a.status);
    expect(gate.seen.length).toBeLessThanOrEqual(100);
    expect(gate.seen.filter((r) => r.status === 429)).toEqual([]); // the API never had to refuse
    expect(statuses.filter((s) => s === 200).length).toBe(gate.seen.filter((r) => r.status === 200).length);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBe(130 - statuses.filter((s) => s === 200).length);
    expect(refused.length).toBeGreaterThanOrEqual(30);
    for (const r of refused) {
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(r.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(JSON.parse(r.body)).toMatchObject({ code: 8 });
    }
    // the next call waits too: nothing more reaches the API
    const again = await rawRequest(proxy.base, { path: LIST, headers: own });
    expect(again.status).toBe(429);
    expect(gate.seen.length).toBeLessThanOrEqual(100);
  });

  it('an API 429 (another client spent the key) reaches the page, and holds the proxy for its Retry-After', async () => {
    const { gate, proxy } = await setup({ ratePerMinute: 1000 });
    expect((await rawRequest(proxy.base, { path: LIST, headers: own })).status).toBe(200);
    gate.setRatePerMinute(0);
    const limited = await rawRequest(proxy.base, { path: LIST, headers: own });
    expect(limited.status).toBe(429);
    expect(limited.headers['x-ratelimit-limit-minute']).toBe('0');
    expect(limited.headers['x-ratelimit-remaining-minute']).toBe('0');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body)).toMatchObject({ code: 8 });
    const seen = gate.seen.length;
    const held = await rawRequest(proxy.base, { path: LIST, headers: own });
    expect(held.status).toBe(429);
    expect(JSON.parse(held.body).message).toMatch(/^Refused by the console's proxy/);
    expect(held.headers['x-ratelimit-limit-minute']).toBe('0'); // as the API last said
    expect(held.headers['x-ratelimit-remaining-minute']).toBe('0');
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
    expect(held.headers['x-ratelimit-reset']).toBe(held.headers['retry-after']);
    expect(gate.seen.length).toBe(seen);
  });

  it('a nonce refresh after a quiet spell never doubles a burst', async () => {
    const c = clock(Date.now());
    const { gate, proxy } = await setup({ ratePerMinute: 1000, latencyMs: 50 }, { now: c.now });
    expect((await rawRequest(proxy.base, { path: LIST, headers: own })).status).toBe(200);
    expect(gate.seen.map((r) => r.status)).toEqual([401, 200]);
    c.advance(15_000);
    gate.expireNonces();
    const burst = await Promise.all(Array.from({ length: 20 }, () => rawRequest(proxy.base, { path: LIST, headers: own })));
    expect(burst.map((r) => r.status)).toEqual(Array(20).fill(200));
    const after = gate.seen.slice(2);
    expect(after.filter((r) => r.status === 401)).toHaveLength(1); // one stale answer, then the new nonce
    expect(after).toHaveLength(21);
  });

  it('the account API (another host, its own nonces) spends the same budget', async () => {
    const api = await startUpstream();
    const gate = createDigestGate({ keys: { [PUBLIC]: PRIVATE }, upstream: api.url, ratePerMinute: 4 });
    const iam = createDigestGate({ keys: { [PUBLIC]: PRIVATE }, upstream: api.url, ratePerMinute: 4 });
    const proxy = await startProxy({ publicKey: PUBLIC, privateKey: PRIVATE, apiBase: await gate.listen(0), iamApiBase: await iam.listen(0), ratePerMinute: 4 });
    running.push(api.close, gate.close, iam.close, proxy.close);
    const PROJECTS = '/iam/v1beta1/projects?pageSize=100';
    expect((await rawRequest(proxy.base, { path: LIST, headers: own })).status).toBe(200);
    expect((await rawRequest(proxy.base, { path: PROJECTS, headers: own })).status).toBe(200);
    expect(gate.seen.map((r) => r.status)).toEqual([401, 200]);
    expect(iam.seen.map((r) => r.status)).toEqual([401, 200]);
    expect(api.requests.at(-1).url).toBe('/v1beta1/projects?pageSize=100');
    // 4 requests reached the two hosts: the key's minute is spent for both
    for (const path of [LIST, PROJECTS]) expect((await rawRequest(proxy.base, { path, headers: own })).status).toBe(429);
    expect(gate.seen.length + iam.seen.length).toBe(4);
  });
});
