import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { server } from '@mocks/node';
import { anySignal, apiRequest } from './api-client';
import { isApiError } from './api-error';

const schema = z.object({ ok: z.boolean() });

describe('without AbortSignal.any (Safari < 17.4, Firefox < 124)', () => {
  afterEach(() => vi.unstubAllGlobals());
  // Passing `undefined` as anySignal's `native` takes its default, the browser's own: these tests
  // remove that (the mutation run found them testing AbortSignal.any itself).
  const native = AbortSignal.any;
  beforeEach(() => {
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
  });
  afterEach(() => {
    Object.defineProperty(AbortSignal, 'any', { value: native, configurable: true, writable: true });
  });

  it('anySignal aborts when any of its signals does, with that reason', () => {
    const a = new AbortController();
    const b = new AbortController();
    const both = anySignal([a.signal, b.signal], undefined);
    expect(both.aborted).toBe(false);
    b.abort('why');
    expect(both.aborted).toBe(true);
    expect(both.reason).toBe('why');
  });

  it('anySignal of an already aborted signal is aborted', () => {
    const a = new AbortController();
    a.abort('gone');
    expect(anySignal([a.signal, new AbortController().signal], undefined).aborted).toBe(true);
  });

  it('a request with a caller signal still works, and is cancelled with the caller’s reason, never shown as an error', async () => {
    const saved = AbortSignal.any;
    // The browser the build targets without the method.
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
    try {
      server.use(
        http.get('*/v1beta1/any', () => HttpResponse.json({ ok: true })),
        http.get('*/v1beta1/never', async () => {
          await delay('infinite');
          return HttpResponse.json({ ok: true });
        }),
      );
      await expect(apiRequest({ path: '/v1beta1/any', schema, signal: new AbortController().signal })).resolves.toEqual({ ok: true });
      // cancelled before it leaves
      const before = new AbortController();
      const early = new DOMException('the page closed', 'AbortError');
      before.abort(early);
      const first = await apiRequest({ path: '/v1beta1/any', schema, signal: before.signal }).catch((e: unknown) => e);
      expect(first).toBe(early);
      // cancelled while waiting for an answer that never comes: the caller's reason, not a network error or a timeout
      const during = new AbortController();
      const late = new DOMException('the user left', 'AbortError');
      const pending = apiRequest({ path: '/v1beta1/never', schema, signal: during.signal }).catch((e: unknown) => e);
      during.abort(late);
      const second = await pending;
      expect(isApiError(second)).toBe(false);
      expect(second).toBe(late);
    } finally {
      Object.defineProperty(AbortSignal, 'any', { value: saved, configurable: true, writable: true });
    }
  });
});
