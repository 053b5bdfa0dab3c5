import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { server } from '@mocks/node';
import { apiRequest, timeoutSignal } from './api-client';
import { ApiError, describeError } from './api-error';
import { createQueryClient, retryDelay, shouldRetryRead } from './query-client';
import { budgetOf, createRequestBudget, withinBudget } from './request-budget';

const schema = z.object({ ok: z.boolean() });
const path = '/v1beta1/test';
const caught = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as ApiError);
afterEach(() => vi.useRealTimers());

describe('apiRequest: what it sends', () => {
  it('the query without empty or missing values; JSON headers and body only with a body', async () => {
    const seen: Request[] = [];
    server.use(
      http.all('*/v1beta1/test', ({ request }) => {
        seen.push(request.clone());
        return HttpResponse.json({ ok: true });
      }),
    );
    await apiRequest({ path, query: { a: 'x y', b: '', c: undefined, d: 0 }, schema });
    await apiRequest({ method: 'POST', path, body: { n: 1 }, schema });
    const [get, post] = seen;
    expect(new URL(get!.url).search).toBe('?a=x+y&d=0');
    expect(get!.method).toBe('GET');
    expect(get!.headers.get('content-type')).toBeNull();
    expect(get!.headers.get('accept')).toBe('application/json');
    expect(post!.method).toBe('POST');
    expect(post!.headers.get('content-type')).toBe('application/json');
    expect(await post!.json()).toEqual({ n: 1 });
  });
});

describe('apiRequest: how it fails', () => {
  it('Retry-After as a date (past: 0), negative seconds (0), or nonsense (none)', async () => {
    const retryAfter = async (value: string) => {
      server.use(http.get('*/v1beta1/test', () => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': value } })));
      return (await caught(apiRequest({ path, schema })))!.retryAfterMs;
    };
    const soon = await retryAfter(new Date(Date.now() + 60_000).toUTCString());
    expect(soon).toBeGreaterThan(55_000);
    expect(soon).toBeLessThanOrEqual(60_000);
    expect(await retryAfter(new Date(Date.now() - 60_000).toUTCString())).toBe(0);
    expect(await retryAfter('-5')).toBe(0);
    expect(await retryAfter('soon')).toBeUndefined();
  });

  it('an error body in the API’s shape without a message: the status alone; field violations of every detail', async () => {
    server.use(
      http.get('*/v1beta1/test', () =>
        HttpResponse.json({ code: 5, details: [{ fieldViolations: [{ field: 'a', description: 'x' }] }, {}, { fieldViolations: [{ field: 'b', description: 'y' }] }] }, { status: 404 }),
      ),
    );
    const e = (await caught(apiRequest({ path, schema })))!;
    expect(e.message).toBe('HTTP 404');
    expect(e.fieldViolations.map((v) => v.field)).toEqual(['a', 'b']);
  });

  it('an unexpected answer names the call and at most three problems, the body itself as "(body)"', async () => {
    server.use(http.post('*/v1beta1/test', () => HttpResponse.json([1])));
    const root = (await caught(apiRequest({ method: 'POST', path, schema })))!;
    expect(root).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(root.message).toMatch(/^Unexpected response from POST \/v1beta1\/test: \(body\) /);
    const many = z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string() });
    server.use(http.get('*/v1beta1/test', () => HttpResponse.json({})));
    const e = (await caught(apiRequest({ path, schema: many })))!;
    expect(e.message.split('; ')).toHaveLength(3);
    expect(e.message).toMatch(/^Unexpected response from GET \/v1beta1\/test: a /);
  });

  it('the caller’s cancel is passed on as it is, never an ApiError', async () => {
    server.use(http.get('*/v1beta1/test', () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const p = caught(apiRequest({ path, schema, signal: controller.signal }));
    controller.abort(new Error('left the page'));
    const e = await p;
    expect(e).not.toBeInstanceOf(ApiError);
    expect((e as unknown as Error).message).toBe('left the page');
  });

  it('timeoutSignal without AbortSignal.timeout: aborts with a TimeoutError after the time', () => {
    vi.useFakeTimers();
    const native = AbortSignal.timeout;
    try {
      (AbortSignal as { timeout?: unknown }).timeout = undefined;
      const signal = timeoutSignal(1000);
      vi.advanceTimersByTime(999);
      expect(signal.aborted).toBe(false);
      vi.advanceTimersByTime(1);
      expect(signal.aborted).toBe(true);
      expect((signal.reason as DOMException).name).toBe('TimeoutError');
    } finally {
      AbortSignal.timeout = native;
    }
  });
});

describe('describeError: one sentence for any failure', () => {
  const e = (init: ConstructorParameters<typeof ApiError>[0]) => new ApiError(init);
  it('by kind, and by status with the server’s words for a client error only', () => {
    expect(describeError(new Error('x'), '')).toBe('Something went wrong.');
    expect(describeError(new Error('x'), 'Could not load.')).toBe('Could not load.');
    expect(describeError(e({ kind: 'timeout', message: '' }), 'Could not load.')).toBe('Could not load. TiDB Cloud did not answer in time. Try again.');
    expect(describeError(e({ kind: 'invalid-response', message: '' }), 'Could not load.')).toBe('Could not load. TiDB Cloud sent a response this page does not understand.');
    expect(describeError(e({ kind: 'http', status: 418, message: '' }), 'X.')).toBe('X. The request failed (HTTP 418).');
    expect(describeError(e({ kind: 'http', status: 500, serverMessage: 'stack trace', message: '' }), 'X.')).toBe('X. TiDB Cloud hit an internal error. Try again.');
    expect(describeError(e({ kind: 'http', status: 429, retryAfterMs: 1500, message: '' }), 'X.')).toBe('X. Too many requests. Try again in 2 s.');
    expect(describeError(e({ kind: 'http', status: 429, message: '' }), 'X.')).toBe('X. Too many requests. Wait a moment and try again.');
  });
});

describe('retries', () => {
  const http5 = new ApiError({ kind: 'http', status: 503, message: '' });
  it('a refused key never; a lost network and a 429 yes; anything not from the API never', () => {
    expect(shouldRetryRead(0, new ApiError({ kind: 'http', status: 401, message: '' }))).toBe(false);
    expect(shouldRetryRead(0, new ApiError({ kind: 'network', message: '' }))).toBe(true);
    expect(shouldRetryRead(2, new ApiError({ kind: 'network', message: '' }))).toBe(true);
    expect(shouldRetryRead(0, new ApiError({ kind: 'http', status: 429, message: '' }))).toBe(true);
    expect(shouldRetryRead(0, new ApiError({ kind: 'http', status: 499, message: '' }))).toBe(false);
    expect(shouldRetryRead(0, new Error('x'))).toBe(false);
  });
  it('waits 2^n s up to 8 s, or what the API said up to 30 s', () => {
    expect([0, 1, 2, 3, 4].map((n) => retryDelay(n, http5))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(retryDelay(0, new ApiError({ kind: 'http', status: 429, retryAfterMs: 90_000, message: '' }))).toBe(30_000);
    expect(retryDelay(0, new ApiError({ kind: 'http', status: 429, retryAfterMs: 0, message: '' }))).toBe(0);
  });
  it('the app’s client: reads retry as above and stay fresh 5 s; changes never retry and go out offline', () => {
    const defaults = createQueryClient().getDefaultOptions();
    expect(defaults.queries).toMatchObject({ retry: shouldRetryRead, retryDelay, staleTime: 5_000 });
    expect(defaults.mutations).toMatchObject({ retry: false, networkMode: 'always' });
  });
});

describe('request budget', () => {
  it('take waits for room, and stops waiting when its signal aborts', async () => {
    vi.useFakeTimers();
    const budget = createRequestBudget(1);
    await budget.take();
    let done = false;
    const waiting = budget.take().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(59_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(budget.used()).toBe(1);
    const controller = new AbortController();
    const aborted = budget.take(controller.signal).catch((e: unknown) => e);
    controller.abort(new Error('cancelled'));
    expect(await aborted).toMatchObject({ message: 'cancelled' });
    const already = new AbortController();
    already.abort(new Error('before'));
    await expect(budget.take(already.signal)).rejects.toThrow('before');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(budget.used()).toBe(0); // the aborted takes counted nothing
  });

  it('budgetOf: one budget per owner', () => {
    const a = new QueryClient();
    expect(budgetOf(a, 5)).toBe(budgetOf(a, 5));
    expect(budgetOf(a, 5)).not.toBe(budgetOf(new QueryClient(), 5));
  });

  it('a 429 without Retry-After holds every request for 10 s; another failure holds nothing', async () => {
    vi.useFakeTimers();
    const budget = createRequestBudget(100);
    await expect(withinBudget(budget, () => Promise.reject(new ApiError({ kind: 'http', status: 500, message: '' })))).rejects.toBeInstanceOf(ApiError);
    expect(budget.tryTake()).toBe(0);
    await expect(withinBudget(budget, () => Promise.reject(new ApiError({ kind: 'http', status: 429, message: '' })))).rejects.toBeInstanceOf(ApiError);
    expect(budget.tryTake()).toBe(10_000);
  });
});
