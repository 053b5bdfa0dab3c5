import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { server } from '@mocks/node';
import { anySignal, apiRequest, timeoutSignal } from './api-client';
import { config } from './config';
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

const savedBase = config.apiBaseUrl;
const savedTimeout = AbortSignal.timeout;
afterEach(() => {
  config.apiBaseUrl = savedBase;
  AbortSignal.timeout = savedTimeout;
  vi.unstubAllGlobals();
});

/** AbortSignal.timeout from a timer (as without it): the fake clock then decides when a request times out. */
function fakeTimeouts() {
  vi.useFakeTimers();
  (AbortSignal as { timeout?: unknown }).timeout = undefined;
}
const timedOut = `No answer after ${config.requestTimeoutMs / 1000} s`;

/** fetch answering `status` with a body whose reading fails: as told by `fail`, or when the request's signal aborts. */
function bodyThatFails(status: number, fail?: () => Error) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation((_url, init) =>
    Promise.resolve({
      ok: status < 300,
      status,
      headers: new Headers(),
      text: () =>
        fail
          ? Promise.reject(fail())
          : new Promise<string>((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason))),
    } as Response),
  );
}

describe('apiRequest: where it sends', () => {
  const seenUrl = () => {
    const urls: string[] = [];
    server.use(http.get('*/v1beta1/test', ({ request }) => (urls.push(request.url), HttpResponse.json({ ok: true }))));
    return urls;
  };

  it('to the configured API, else to the page’s own origin, else to localhost', async () => {
    const urls = seenUrl();
    config.apiBaseUrl = 'https://api.example';
    await apiRequest({ path, schema });
    config.apiBaseUrl = '';
    await apiRequest({ path, schema });
    expect(urls).toEqual(['https://api.example/v1beta1/test', `${location.origin}/v1beta1/test`]);
    expect(location.origin).not.toBe('http://localhost');
    vi.stubGlobal('location', undefined);
    await apiRequest({ path, schema });
    expect(urls[2]).toBe('http://localhost/v1beta1/test');
  });

  it('asks for JSON with a body too', async () => {
    const accepts: (string | null)[] = [];
    server.use(http.post('*/v1beta1/test', ({ request }) => (accepts.push(request.headers.get('accept')), HttpResponse.json({ ok: true }))));
    await apiRequest({ method: 'POST', path, body: {}, schema });
    expect(accepts).toEqual(['application/json']);
  });

  it('a GET says so', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>(() => {}));
    void apiRequest({ path, schema });
    expect(fetchSpy.mock.calls[0]![1]).toMatchObject({ method: 'GET' });
  });
});

describe('apiRequest: how it fails', () => {
  it('no answer in time: a timeout, saying how long it waited', async () => {
    fakeTimeouts();
    server.use(http.get('*/v1beta1/test', () => new Promise<Response>(() => {})));
    const p = caught(apiRequest({ path, schema }));
    await vi.advanceTimersByTimeAsync(config.requestTimeoutMs);
    expect(await p).toMatchObject({ kind: 'timeout', message: timedOut });
  });

  it('the time out while the body arrives: a timeout too', async () => {
    fakeTimeouts();
    bodyThatFails(200);
    const p = caught(apiRequest({ path, schema }));
    await vi.advanceTimersByTimeAsync(config.requestTimeoutMs);
    expect(await p).toMatchObject({ kind: 'timeout', message: timedOut });
  });

  it('the caller’s cancel while the body arrives: its reason as it is', async () => {
    bodyThatFails(200);
    const controller = new AbortController();
    const p = caught(apiRequest({ path, schema, signal: controller.signal }));
    const reason = new Error('left the page');
    await Promise.resolve();
    controller.abort(reason);
    expect(await p).toBe(reason);
  });

  it('a body lost otherwise reads as none: the status alone, or an answer the page does not understand', async () => {
    bodyThatFails(503, () => new TypeError('terminated'));
    expect(await caught(apiRequest({ path, schema }))).toMatchObject({ kind: 'http', status: 503, serverMessage: undefined, message: 'HTTP 503' });
    bodyThatFails(200, () => new TypeError('terminated'));
    expect(await caught(apiRequest({ path, schema }))).toMatchObject({ kind: 'invalid-response' });
  });

  it('the network error, an error body’s message and the lack of Retry-After and of field violations', async () => {
    server.use(http.get('*/v1beta1/test', () => HttpResponse.error()));
    expect(await caught(apiRequest({ path, schema }))).toMatchObject({ kind: 'network', message: 'Network error' });
    server.use(http.get('*/v1beta1/test', () => HttpResponse.json({ code: 9, message: 'no such thing' }, { status: 404 })));
    const e = (await caught(apiRequest({ path, schema }))) as ApiError;
    expect(e.message).toBe('HTTP 404: no such thing');
    expect(e.retryAfterMs).toBeUndefined();
    expect(e.fieldViolations).toEqual([]);
  });

  it('names a nested field of an unexpected answer by its path', async () => {
    server.use(http.get('*/v1beta1/test', () => HttpResponse.json({ a: { b: 1 } })));
    const e = (await caught(apiRequest({ path, schema: z.object({ a: z.object({ b: z.string() }) }) }))) as ApiError;
    expect(e.message).toMatch(/: a\.b /);
  });
});

describe('signals', () => {
  it('timeoutSignal: the browser’s AbortSignal.timeout when there is one', () => {
    const made = new AbortController().signal;
    const timeout = vi.spyOn(AbortSignal, 'timeout').mockReturnValue(made);
    expect(timeoutSignal(1234)).toBe(made);
    expect(timeout).toHaveBeenCalledWith(1234);
  });

  it('timeoutSignal without it: the reason says it timed out', () => {
    fakeTimeouts();
    const signal = timeoutSignal(10);
    vi.advanceTimersByTime(10);
    expect(signal.reason).toMatchObject({ name: 'TimeoutError', message: 'The operation timed out.' });
  });

  it('anySignal: the browser’s AbortSignal.any when there is one', () => {
    const made = new AbortController().signal;
    const signals = [new AbortController().signal];
    const native = vi.fn(() => made);
    expect(anySignal(signals, native)).toBe(made);
    expect(native).toHaveBeenCalledWith(signals);
    expect(native.mock.contexts[0]).toBe(AbortSignal);
  });

  it('anySignal without it: its listeners on the signals it joins go once it has aborted (no leak on a long-lived signal)', () => {
    const a = new AbortController();
    const b = new AbortController();
    const add = vi.spyOn(b.signal, 'addEventListener');
    // Passing undefined takes the default (the browser's): a browser without it has none.
    const saved = AbortSignal.any;
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
    let both: AbortSignal;
    try {
      both = anySignal([a.signal, b.signal]);
    } finally {
      Object.defineProperty(AbortSignal, 'any', { value: saved, configurable: true, writable: true });
    }
    const options = add.mock.calls[0]![2] as AddEventListenerOptions;
    expect(options.once).toBe(true);
    expect(options.signal?.aborted).toBe(false);
    a.abort('gone');
    expect(both.aborted).toBe(true);
    expect(options.signal?.aborted).toBe(true);
  });
});

describe('retries and the request budget', () => {
  it('shouldRetryRead: a 500 is retried; something that only looks like an API error is not', () => {
    expect(shouldRetryRead(0, new ApiError({ kind: 'http', status: 500, message: '' }))).toBe(true);
    expect(shouldRetryRead(0, { kind: 'network', status: 0 })).toBe(false);
  });

  it('tryTake counts nothing when it says to wait', () => {
    const budget = createRequestBudget(1, () => 1000);
    expect(budget.tryTake()).toBe(0);
    expect(budget.tryTake()).toBe(60_000);
    expect(budget.used()).toBe(1);
  });

  it('only the API’s own 429 answer holds the budget', async () => {
    const budget = createRequestBudget(100, () => 0);
    const lookalike = Object.assign(new Error('429'), { kind: 'http', status: 429 });
    await expect(withinBudget(budget, () => Promise.reject(lookalike))).rejects.toBe(lookalike);
    await expect(withinBudget(budget, () => Promise.reject(new ApiError({ kind: 'network', status: 429, message: '' })))).rejects.toBeInstanceOf(ApiError);
    expect(budget.tryTake()).toBe(0);
  });

  it('a wait that ends removes its listener from the caller’s signal', async () => {
    vi.useFakeTimers();
    const budget = createRequestBudget(1);
    await budget.take();
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const waiting = budget.take(controller.signal);
    await vi.advanceTimersByTimeAsync(60_000);
    await waiting;
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });
});

describe('ApiError', () => {
  it('is named so, with no field violations unless given', () => {
    const e = new ApiError({ kind: 'network', message: 'lost' });
    expect(e.name).toBe('ApiError');
    expect(e.fieldViolations).toEqual([]);
  });
});
