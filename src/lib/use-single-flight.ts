import { useRef } from 'react';

/**
 * Runs a dialog's submit action one at a time, and never again once it succeeded (the dialog is
 * closing): a double click or a repeated Enter sends exactly one request. After a failure the
 * action can run again (retry). Errors stay with the caller's mutation state; they are not rethrown.
 */
export function useSingleFlight() {
  const busy = useRef(false);
  const done = useRef(false);
  return async (action: () => Promise<unknown>): Promise<void> => {
    if (busy.current || done.current) return;
    busy.current = true;
    try {
      await action();
      done.current = true;
    } catch {
      // shown from the mutation's error state
    } finally {
      busy.current = false;
    }
  };
}
