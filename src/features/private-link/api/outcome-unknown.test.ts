import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { outcomeUnknown } from './outcome-unknown';

describe('outcomeUnknown: a change that may have been carried out', () => {
  it('no answer in time, the connection lost, a server error, or an answer that could not be read; never a 4xx', () => {
    const http = (status: number) => new ApiError({ kind: 'http', status, message: '' });
    expect(outcomeUnknown(new ApiError({ kind: 'timeout', message: '' }))).toBe(true);
    expect(outcomeUnknown(new ApiError({ kind: 'network', message: '' }))).toBe(true);
    expect([500, 502, 503, 504].map((s) => outcomeUnknown(http(s)))).toEqual([true, true, true, true]);
    expect([400, 403, 404, 409, 429, 499].map((s) => outcomeUnknown(http(s)))).toEqual([false, false, false, false, false, false]);
    // Carried out (a 2xx), but its answer could not be read.
    expect(outcomeUnknown(new ApiError({ kind: 'invalid-response', status: 200, message: '' }))).toBe(true);
    expect(outcomeUnknown(new Error('not from the API'))).toBe(false);
  });
});
