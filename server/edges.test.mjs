import { describe, expect, it } from 'vitest';
import { checkCall } from './allow-list.mjs';
import { BudgetSpent, createKeyBudget } from './budget.mjs';
import { checkCaller, checkHost, isLoopback } from './guards.mjs';

const C = '1379661944646413143';
const list = `/v1beta1/clusters/${C}/privateLinkConnections`;
const reason = (method, url) => {
  const r = checkCall(method, url);
  return r.ok ? 'ok' : r.reason;
};

describe('allow-list: query values at their bounds, as the API will read them', () => {
  it('a page token of 1 to 2048 characters; free text of 1 to 1024', () => {
    expect(reason('GET', `${list}?pageToken=${'a'.repeat(2048)}`)).toBe('ok');
    expect(reason('GET', `${list}?pageToken=${'a'.repeat(2049)}`)).toContain('pageToken');
    expect(reason('GET', `${list}?pageToken=`)).toContain('pageToken');
    expect(reason('GET', `/v1beta1/clusters?filter=${'a'.repeat(1024)}`)).toBe('ok');
    expect(reason('GET', `/v1beta1/clusters?filter=${'a'.repeat(1025)}`)).toContain('filter');
    expect(reason('GET', `/v1beta1/clusters?orderBy=`)).toContain('orderBy');
  });

  it('a value is decoded before it is checked: `+` is a space, a broken UTF-8 escape is refused', () => {
    expect(reason('GET', `${list}?state=ACTIVE+`)).toContain('state');
    expect(reason('GET', `${list}?state=%41CTIVE`)).toBe('ok');
    expect(reason('GET', `${list}?pageToken=%E0%A4`)).toContain('pageToken');
  });

  it('a parameter without `=` has no value (refused as such, not read as another name)', () => {
    expect(reason('GET', `${list}?pageSize`)).toBe('a value of the query parameter pageSize that it does not take');
  });

  it('a fragment is refused; the upstream URL keeps the query exactly, and adds none', () => {
    expect(reason('GET', '/v1beta1/clusters#x')).toBe('a fragment in the request');
    expect(checkCall('GET', `${list}?pageSize=20&state=ACTIVE`)).toMatchObject({ ok: true, upstreamUrl: `${list}?pageSize=20&state=ACTIVE` });
    expect(checkCall('GET', list)).toMatchObject({ ok: true, upstreamUrl: list });
    expect(checkCall('GET', '/iam/v1beta1/projects?pageSize=100')).toMatchObject({ ok: true, upstreamUrl: '/v1beta1/projects?pageSize=100' });
  });
});

describe('guards', () => {
  it('isLoopback: the loopback names whole, nothing that only starts or ends like one', () => {
    for (const a of ['localhost', 'LOCALHOST', '127.0.0.1', '127.10.200.30', '::1', '[::1]']) expect(isLoopback(a), a).toBe(true);
    for (const a of ['localhost.evil.example', 'evil-localhost', '127.0.0.1.evil.example', 'x127.0.0.1', '10.0.0.1', '127.0.0']) expect(isLoopback(a), a).toBe(false);
  });

  it('checkHost says why it refuses', () => {
    expect(checkHost(undefined, [])).toBe('no Host header');
    expect(checkHost('[bad', [])).toBe('a malformed Host header');
    expect(checkHost('user@localhost', [])).toBe('a malformed Host header');
    expect(checkHost('evil.example', [])).toBe('the host "evil.example", which this server was not started for');
    expect(checkHost('127.0.0.1:4180', [])).toBeUndefined();
    expect(checkHost('console.example', ['console.example'])).toBeUndefined();
  });

  const own = { host: 'localhost:4180', origin: 'http://localhost:4180' };
  it('every call that changes something needs the own Origin: POST, PUT, PATCH and DELETE', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(checkCaller({ method, headers: { host: own.host, 'content-type': 'application/json' } }, []), method).toBe(`a ${method} without the console's own Origin`);
    }
    expect(checkCaller({ method: 'GET', headers: { host: own.host } }, [])).toBeUndefined();
  });

  it('a Referer that is no URL is refused, on a read too', () => {
    expect(checkCaller({ method: 'GET', headers: { host: own.host, referer: 'not a url' } }, [])).toBe('a GET with a malformed Referer');
  });

  it('JSON: application/json or application/<x>+json, any case, parameters after `;`', () => {
    const type = (t) => checkCaller({ method: 'POST', headers: { ...own, 'content-type': t } }, []);
    for (const t of ['Application/JSON ; charset=utf-8', 'application/vnd.api+json', 'application/merge-patch+json;x=1']) expect(type(t), t).toBeUndefined();
    for (const t of ['xapplication/a+json', 'application/a+jsonx', 'application/+json', 'application/a b+json', 'text/json']) expect(type(t), t).toBe('a POST whose content type is not JSON');
  });

  it('a DELETE needs no content type unless it has a body (by length or chunked) or names one', () => {
    const del = (headers) => checkCaller({ method: 'DELETE', headers: { ...own, ...headers } }, []);
    expect(del({})).toBeUndefined();
    expect(del({ 'content-length': '0' })).toBeUndefined();
    expect(del({ 'content-length': '2' })).toBe('a DELETE whose content type is not JSON');
    expect(del({ 'transfer-encoding': 'chunked' })).toBe('a DELETE whose content type is not JSON');
    expect(del({ 'content-type': 'text/plain' })).toBe('a DELETE whose content type is not JSON');
    expect(del({ 'content-length': '2', 'content-type': 'application/json' })).toBeUndefined();
  });
});

describe('the key’s budget: what the API’s headers say', () => {
  const at = (start = 1_000_000) => {
    const clock = { t: start };
    return { clock, budget: createKeyBudget({ limit: 100, now: () => clock.t }) };
  };
  const answer = (status, headers = {}) => ({ status, headers: new Headers(headers) });

  it('BudgetSpent says the wait in whole seconds', () => {
    const e = new BudgetSpent(1500);
    expect(e).toMatchObject({ name: 'BudgetSpent', waitMs: 1500 });
    expect(e.message).toBe("the API key's requests for this minute are spent; next in 2 s");
  });

  it('the stated limit: a well-formed count only (spaces allowed), 0 kept as stated but never as the limit', () => {
    const { budget } = at();
    budget.observe(budget.take(), answer(200, { 'x-ratelimit-limit-minute': '5x' }));
    expect(budget.stated()).toBe(100);
    budget.observe(budget.take(), answer(200, { 'x-ratelimit-limit-minute': 'x5' }));
    budget.observe(budget.take(), answer(200, { 'x-ratelimit-limit-minute': '1234567890' }));
    budget.observe(budget.take(), answer(200));
    expect(budget.stated()).toBe(100);
    budget.observe(budget.take(), answer(200, { 'x-ratelimit-limit-minute': ' 0 ' }));
    expect(budget.stated()).toBe(0);
    expect(() => budget.take()).not.toThrow();
    budget.observe(budget.take(), answer(200, { 'x-ratelimit-limit-minute': ' 7 ' }));
    expect(budget.stated()).toBe(7);
    expect(() => budget.take()).toThrow(BudgetSpent); // 7 already sent this minute
  });

  it('an answer to a ticket it does not know is read all the same', () => {
    const { budget } = at();
    expect(() => budget.observe(999, answer(200, { 'x-ratelimit-limit-minute': '50' }))).not.toThrow();
    expect(budget.stated()).toBe(50);
  });

  it('a request is forgotten exactly a minute after it was sent', () => {
    const { clock, budget } = at();
    budget.take();
    expect(budget.used()).toBe(1);
    clock.t += 59_999;
    expect(budget.used()).toBe(1);
    clock.t += 1;
    expect(budget.used()).toBe(0);
  });

  it('a host’s "0 remaining" holds requests to it until its reset, not a moment longer', () => {
    const { clock, budget } = at();
    budget.observe(budget.take('a'), answer(200, { 'x-ratelimit-remaining-minute': '0', 'x-ratelimit-reset': '10' }), 'a');
    expect(budget.waitMs('a')).toBe(10_000);
    expect(budget.waitMs('b')).toBe(0);
    clock.t += 10_000;
    expect(budget.waitMs('a')).toBe(0);
  });

  it('a 429: Retry-After in seconds or as a date; else the reset; else no hold', () => {
    const date = at();
    date.budget.observe(date.budget.take(), answer(429, { 'retry-after': new Date(date.clock.t + 30_000).toUTCString() }));
    expect(date.budget.waitMs()).toBe(30_000);
    const past = at();
    past.budget.observe(past.budget.take(), answer(429, { 'retry-after': new Date(past.clock.t - 30_000).toUTCString() }));
    expect(past.budget.waitMs()).toBe(0);
    const reset = at();
    reset.budget.observe(reset.budget.take(), answer(429, { 'x-ratelimit-reset': '7' }));
    expect(reset.budget.waitMs()).toBe(7000);
    const none = at();
    none.budget.observe(none.budget.take(), answer(429));
    expect(none.budget.waitMs()).toBe(0);
    const garbage = at();
    garbage.budget.observe(garbage.budget.take(), answer(429, { 'retry-after': 'soon' }));
    expect(garbage.budget.waitMs()).toBe(0);
  });
});
