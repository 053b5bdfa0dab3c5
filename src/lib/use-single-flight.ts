import { useCallback, useRef } from 'react';

/**
 * Runs one async action at a time: a second call while the first is under way is dropped, so a
 * double click or a repeated Enter sends exactly one request. Errors stay with the caller's
 * mutation state; they are not rethrown here.
 */
export function useSingleFlight() {
  const busy = useRef(false);
  return useCallback(async (action: () => Promise<unknown>): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    try {
      await action();
    } catch {
      // shown from the mutation's error state
    } finally {
      busy.current = false;
    }
  }, []);
}
