import { useState } from 'react';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { settledSince, type StateChange } from './state-changes';

/**
 * Connections that became Active or Failed while the page was open (from the list as it is read,
 * in the foreground or, once a minute, in the background), kept until dismissed. StateChangesAlert
 * says them in the page, in the tab's title and, opted in, as browser notifications.
 */
export function useStateWatch(rows: readonly PrivateLinkConnection[]) {
  const [prevRows, setPrevRows] = useState(rows);
  const [changes, setChanges] = useState<StateChange[]>([]);
  // Compared with the rows of the previous render (React's "adjust state when a prop changes").
  if (rows !== prevRows) {
    setPrevRows(rows);
    const found = settledSince(prevRows, rows);
    if (found.length) setChanges((list) => [...list.filter((c) => !found.some((f) => f.id === c.id)), ...found]);
  }
  return { changes, dismiss: () => setChanges([]) };
}
