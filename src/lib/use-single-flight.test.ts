import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSingleFlight } from './use-single-flight';

describe('useSingleFlight: one submit at a time, none after success', () => {
  it('a second call while the first runs does nothing; after a failure it runs again; after success never', async () => {
    const run = renderHook(() => useSingleFlight()).result.current;
    let finish!: (ok: boolean) => void;
    const action = vi.fn(() => new Promise<void>((resolve, reject) => (finish = (ok) => (ok ? resolve() : reject(new Error('no'))))));
    const first = run(action);
    await run(action);
    expect(action).toHaveBeenCalledTimes(1);
    finish(false);
    await expect(first).resolves.toBeUndefined(); // the failure stays with the caller's mutation state
    const second = run(action);
    expect(action).toHaveBeenCalledTimes(2);
    finish(true);
    await second;
    await run(action);
    expect(action).toHaveBeenCalledTimes(2);
  });
});
