import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { server } from '@mocks/node';
import { apiRequest } from './api-client';
import { ApiError, describeError } from './api-error';
import { retryDelay, shouldRetryRead } from './query-client';

const schema = z.object({ ok: z.boolean() });
const path = '/v1beta1/test';

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe('apiRequest', () => {
  it('sends at once: the fetch starts before any microtask runs', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>(() => {}));
    void apiRequest({ path, schema });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('parses a good answer with the schema', async () => {
    server.use(http.get('*/v1beta1/test', () => HttpResponse.json({ ok: true, extra: 1 })));
    await expect(apiRequest({ path, schema })).resolves.toEqual({ ok: true });
  });

  it('turns an error body into a typed error with status, code, message and field violations', async () => {
    server.use(
      http.get('*/v1beta1/test', () =>
        HttpResponse.json(
          {
            code: 3,
            message: 'displayName: too long',
            details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: 'displayName', description: 'too long' }] }],
          },
          { status: 400 },
        ),
      ),
    );
    const e = await failure(apiRequest({ path, schema }));
    expect(e).toMatchObject({ kind: 'http', status: 400, code: 3, serverMessage: 'displayName: too long' });
    expect(e.fieldViolations).toEqual([{ field: 'displayName', description: 'too long' }]);
    expect(describeError(e, 'Could not create it.')).toBe('Could not create it. The request was not accepted. TiDB Cloud said: "displayName: too long"');
  });

  it('reads Retry-After on a 429', async () => {
    server.use(http.get('*/v1beta1/test', () => HttpResponse.json({ code: 8, message: 'rate limit' }, { status: 429, headers: { 'Retry-After': '3' } })));
    const e = await failure(apiRequest({ path, schema }));
    expect(e.retryAfterMs).toBe(3000);
    expect(retryDelay(0, e)).toBe(3000);
    expect(shouldRetryRead(0, e)).toBe(true);
  });

  it('survives an error answer that is not JSON', async () => {
    server.use(http.get('*/v1beta1/test', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    const e = await failure(apiRequest({ path, schema }));
    expect(e).toMatchObject({ kind: 'http', status: 502, serverMessage: undefined });
    expect(describeError(e, 'Could not load.')).toBe('Could not load. TiDB Cloud is unreachable right now. Try again.');
    expect(shouldRetryRead(0, e)).toBe(true);
  });

  it('turns a malformed 200 into a clear invalid-response error, never a crash', async () => {
    server.use(http.get('*/v1beta1/test', () => HttpResponse.json({ ok: 'yes' })));
    const e = await failure(apiRequest({ path, schema }));
    expect(e.kind).toBe('invalid-response');
    expect(e.message).toContain('ok');
    expect(shouldRetryRead(0, e)).toBe(false);
  });

  it('reports a network failure', async () => {
    server.use(http.get('*/v1beta1/test', () => HttpResponse.error()));
    const e = await failure(apiRequest({ path, schema }));
    expect(e.kind).toBe('network');
    expect(describeError(e, 'Could not load.')).toMatch(/network/i);
  });

  it('does not retry client errors, and never more than 3 times', () => {
    const notFound = new ApiError({ kind: 'http', status: 404, message: '' });
    expect(shouldRetryRead(0, notFound)).toBe(false);
    const unavailable = new ApiError({ kind: 'http', status: 503, message: '' });
    expect(shouldRetryRead(2, unavailable)).toBe(true);
    expect(shouldRetryRead(3, unavailable)).toBe(false);
    const timeout = new ApiError({ kind: 'timeout', message: '' });
    expect(shouldRetryRead(0, timeout)).toBe(true);
    expect(shouldRetryRead(1, timeout)).toBe(false);
  });
});
