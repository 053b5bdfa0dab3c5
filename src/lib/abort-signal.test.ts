import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { server } from '@mocks/node';
import { anySignal, apiRequest } from './api-client';

const schema = z.object({ ok: z.boolean() });

describe('without AbortSignal.any (Safari < 17.4, Firefox < 124)', () => {
  afterEach(() => vi.unstubAllGlobals());

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

  it('a request with a caller signal still works, and is still cancellable', async () => {
    const saved = AbortSignal.any;
    // The browser the build targets without the method.
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
    try {
      server.use(http.get('*/v1beta1/any', () => HttpResponse.json({ ok: true })));
      await expect(apiRequest({ path: '/v1beta1/any', schema, signal: new AbortController().signal })).resolves.toEqual({ ok: true });
      const cancel = new AbortController();
      cancel.abort();
      await expect(apiRequest({ path: '/v1beta1/any', schema, signal: cancel.signal })).rejects.toBeDefined();
    } finally {
      Object.defineProperty(AbortSignal, 'any', { value: saved, configurable: true, writable: true });
    }
  });
});
