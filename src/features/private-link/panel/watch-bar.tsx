import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import { stateLabel } from '../labels';
import type { StateChange } from './state-changes';

/** The connections that became Active or Failed while the page was open, until dismissed. */
export function StateChangesAlert({ changes, onDismiss }: { changes: StateChange[]; onDismiss: () => void }) {
  const { t } = useI18n();
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
export function NotifyToggle({ notify }: { notify: { supported: boolean; on: boolean; denied: boolean; toggle: () => Promise<void> } }) {
  const { t } = useI18n();
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
