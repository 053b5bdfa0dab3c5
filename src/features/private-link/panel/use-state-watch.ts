import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { stateLabel } from '../labels';
import { settledSince, type StateChange } from './state-changes';

/**
 * Connections that became Active or Failed while the page was open (from the list as it is read,
 * in the foreground or, once a minute, in the background): kept until dismissed, said in the tab's
 * title meanwhile, and as a browser notification when the tab is hidden and the user opted in.
 */
export function useStateWatch(rows: readonly PrivateLinkConnection[], notify: boolean) {
  const { t } = useI18n();
  const [prevRows, setPrevRows] = useState(rows);
  const [changes, setChanges] = useState<StateChange[]>([]);
  // Compared with the rows of the previous render (React's "adjust state when a prop changes").
  if (rows !== prevRows) {
    setPrevRows(rows);
    const found = settledSince(prevRows, rows);
    if (found.length) setChanges((list) => [...list.filter((c) => !found.some((f) => f.id === c.id)), ...found]);
  }

  const title =
    changes.length === 0
      ? undefined
      : changes.length === 1
        ? t('watch.tabTitle', { name: changes[0]!.name, state: stateLabel(t, changes[0]!.state) })
        : t('watch.tabTitleMany', { count: changes.length });
  useEffect(() => {
    if (!title) return;
    const base = document.title;
    const shown = `● ${title} · ${base}`;
    document.title = shown;
    return () => {
      if (document.title === shown) document.title = base;
    };
  }, [title]);

  // Each change is notified once (the IDs told so far are remembered in a ref, outside rendering).
  const told = useRef(new Set<string>());
  useEffect(() => {
    for (const c of changes) {
      const key = `${c.id}:${c.state}`;
      if (told.current.has(key)) continue;
      told.current.add(key);
      if (notify && document.visibilityState === 'hidden' && typeof Notification !== 'undefined' && Notification.permission === 'granted')
        new Notification(t('watch.notificationTitle', { state: stateLabel(t, c.state) }), {
          body: t('watch.changed', { name: c.name, state: stateLabel(t, c.state) }),
          tag: key,
        });
    }
  }, [changes, notify, t]);

  return { changes, dismiss: () => setChanges([]) };
}
