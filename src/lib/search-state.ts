import { useRouter, useRouterState } from '@tanstack/react-router';

/**
 * How a change enters the history: `merge` (default) pushes an entry unless the current one was
 * written for the same parameters (typing in a filter box stays one entry); `push` always makes
 * one (a page turn, Clear filters: Back undoes it); `replace` never does (a correction the user did
 * not make).
 */
export type EntryMode = 'merge' | 'push' | 'replace';

/**
 * The address's search parameters (the app's route renders its page once the address is checked,
 * app/networking-page.tsx) and a change of some of them in one navigation, so one history entry at
 * most. `undefined` removes a parameter.
 */
export function useSearchState(): [Record<string, unknown>, (patch: Record<string, unknown>, mode?: EntryMode) => void] {
  const router = useRouter();
  const search = useRouterState({ select: (s) => s.location.search as Record<string, unknown> });
  const entry = useRouterState({ select: (s) => s.location.state.searchEntry });
  const set = (patch: Record<string, unknown>, mode: EntryMode = 'merge') => {
    const names = Object.keys(patch).sort().join(',');
    void router.navigate({
      to: '.',
      search: (prev: Record<string, unknown>) => ({ ...prev, ...patch }),
      replace: mode === 'replace' || (mode === 'merge' && entry === names),
      state: (prev: Record<string, unknown>) => ({ ...prev, searchEntry: mode === 'merge' ? names : mode === 'replace' ? prev.searchEntry : undefined }),
      resetScroll: false,
    } as never);
  };
  return [search, set];
}
