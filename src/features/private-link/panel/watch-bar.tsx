import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import { stateLabel } from '../labels';
import type { StateChange } from './state-changes';
import { notifyOptedIn, useNotifyOptIn } from './use-notify-opt-in';

/**
 * The connections that became Active or Failed while the page was open, until dismissed: in the
 * page, in the tab's title meanwhile, and once each as a browser notification when the tab is
 * hidden and the user opted in.
 */
export function StateChangesAlert({ changes, onDismiss }: { changes: StateChange[]; onDismiss: () => void }) {
  const { t } = useI18n();
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
  // Each change is notified once (what was told is remembered in a ref, outside rendering).
  const told = useRef(new Set<string>());
  useEffect(() => {
    for (const c of changes) {
      const key = `${c.id}:${c.state}`;
      if (told.current.has(key)) continue;
      told.current.add(key);
      if (document.visibilityState === 'hidden' && notifyOptedIn())
        new Notification(t('watch.notificationTitle', { state: stateLabel(t, c.state) }), {
          body: t('watch.changed', { name: c.name, state: stateLabel(t, c.state) }),
          tag: key,
        });
    }
  }, [changes, t]);
  if (changes.length === 0) return null;
  return (
    <Alert
      tone="info"
      className="mt-4"
      title={t('watch.changesTitle')}
      action={
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t('common.dismiss')}
        </Button>
      }
    >
      <ul>
        {changes.map((c) => (
          <li key={c.id}>{t('watch.changed', { name: c.name, state: stateLabel(t, c.state) })}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** The opt-in to browser notifications (asked on this click only), and what a hidden tab does. */
export function NotifyToggle() {
  const { t } = useI18n();
  const notify = useNotifyOptIn();
  return (
    <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
      <span>{t('watch.hint')}</span>
      {notify.supported &&
        (notify.denied ? (
          <span>{t('watch.notifyDenied')}</span>
        ) : (
          <Button size="sm" onClick={() => void notify.toggle()}>
            {notify.on ? t('watch.notifyOn') : t('watch.notify')}
          </Button>
        ))}
    </div>
  );
}
