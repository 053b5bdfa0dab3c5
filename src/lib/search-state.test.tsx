import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createTestRouter, TestRouter } from '@/test/test-router';
import { useSearchState, type EntryMode } from './search-state';

/** The hook on a router at `/?other=kept`, and the window's history as it goes. */
function setup() {
  history.replaceState(null, '', '/?other=kept');
  const router = createTestRouter();
  const wrapper = ({ children }: { children: ReactNode }) => <TestRouter router={router}>{children}</TestRouter>;
  const { result } = renderHook(() => useSearchState(), { wrapper });
  const start = history.length;
  /** Sets `patch` and waits for the address to show `search`; returns the history entries added so far. */
  const set = async (patch: Record<string, unknown>, search: string, mode?: EntryMode) => {
    act(() => result.current[1](patch, mode));
    await waitFor(() => expect(location.search).toBe(search));
    await waitFor(() => expect(result.current[0]).toEqual(Object.fromEntries(new URLSearchParams(search))));
    return history.length - start;
  };
  return { router, result, set };
}

describe('useSearchState: the address’s parameters, one history entry per change at most', () => {
  it('merge (the default): one entry while the same parameters are typed, another for other ones; others kept, undefined removes', async () => {
    const { result, set } = setup();
    expect(result.current[0]).toEqual({ other: 'kept' });
    expect(await set({ q: 'a' }, '?other=kept&q=a')).toBe(1);
    expect(await set({ q: 'ab' }, '?other=kept&q=ab')).toBe(1);
    expect(await set({ state: 'ACTIVE' }, '?other=kept&q=ab&state=ACTIVE')).toBe(2);
    // The same names in another order are the same parameters.
    expect(await set({ state: 'FAILED', q: 'x' }, '?other=kept&q=x&state=FAILED')).toBe(3);
    expect(await set({ q: 'y', state: 'ACTIVE' }, '?other=kept&q=y&state=ACTIVE')).toBe(3);
    expect(await set({ q: undefined, state: undefined }, '?other=kept')).toBe(3);
    // Other parameters, even when their names run together.
    expect(await set({ ab: '1' }, '?other=kept&ab=1')).toBe(4);
    expect(await set({ a: '1', b: '2' }, '?other=kept&ab=1&a=1&b=2')).toBe(5);
  });

  it('push always makes an entry, and the next merge makes its own', async () => {
    const { set } = setup();
    expect(await set({ page: '2' }, '?other=kept&page=2', 'push')).toBe(1);
    expect(await set({ page: '3' }, '?other=kept&page=3', 'push')).toBe(2);
    expect(await set({ page: '4' }, '?other=kept&page=4')).toBe(3);
    expect(await set({ page: '5' }, '?other=kept&page=5')).toBe(3);
    // Even right after a merge of the same parameters.
    expect(await set({ page: '6' }, '?other=kept&page=6', 'push')).toBe(4);
  });

  it('replace never makes one, and leaves the entry to the parameters it was written for', async () => {
    const { router, set } = setup();
    expect(await set({ q: 'a' }, '?other=kept&q=a', 'replace')).toBe(0);
    expect(await set({ q: 'b' }, '?other=kept&q=b')).toBe(1);
    expect(await set({ page: '2' }, '?other=kept&q=b&page=2', 'replace')).toBe(1);
    expect(router.state.location.state.searchEntry).toBe('q');
    expect(await set({ q: 'c' }, '?other=kept&q=c&page=2')).toBe(1);
  });

  it('stays where the page is scrolled, at this address', async () => {
    const { router, result } = setup();
    const navigate = vi.spyOn(router, 'navigate');
    act(() => result.current[1]({ q: 'a' }));
    expect(navigate).toHaveBeenCalledWith(expect.objectContaining({ to: '.', resetScroll: false }));
  });
});
