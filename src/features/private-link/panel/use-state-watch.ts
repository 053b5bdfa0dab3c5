import { useState } from 'react';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { settledSince, type StateChange } from './state-changes';

/**
 * Connections that became Active or Failed while the page was open (from the list as it is read,
 * in the foreground or, once a minute, in the background), kept until dismissed. StateChangesAlert
 * says them in the page, in the tab's title and, opted in, as browser notifications.
 */
export function useStateWatch(rows: readonly PrivateLinkConnection[]) {
  // The rows' IDs and states: a filtered list is a new array on every render, the same rows are not a change.
  const signature = rows.map((c) => `${c.privateLinkConnectionId}:${c.state}`).join(',');
  const [prev, setPrev] = useState({ signature, rows });
  const [changes, setChanges] = useState<StateChange[]>([]);
  // Compared with the rows last seen (React's "adjust state when a prop changes").
  if (signature !== prev.signature) {
    setPrev({ signature, rows });
    const found = settledSince(prev.rows, rows);
    if (found.length) setChanges((list) => [...list.filter((c) => !found.some((f) => f.id === c.id)), ...found]);
  }
  return { changes, dismiss: () => setChanges([]) };
}
