import { useId } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { useI18n } from '@/lib/i18n';
import type { UsageGateView } from '../use-usage-gate';
import { usersPhrase } from '../users-phrase';
import { ChangefeedItems } from './changefeed-items';
import { MigrationItems } from './migration-items';
import { UsageUnknown } from './usage-unknown';

/** What useUsageGate found, shown in Delete / Detach Domains, with its acknowledgement. */
export function UsageGate({ view, disabled }: { view: UsageGateView; disabled?: boolean }) {
  const { t, plural } = useI18n();
  const { action, usage, refreshing, retry, feeds, migrations, needsAck, acknowledged, onAcknowledge } = view;
  const affected = feeds.length + migrations.length;
  const ackId = useId();

  if (usage.status === 'checking') return <Spinner label={t('users.checkingGate')} />;
  return (
    <div className="space-y-2 text-sm" data-testid="usage-gate">
      {refreshing && usage.status === 'known' && <Spinner label={t('users.checkingGate')} />}
      {usage.status === 'unknown' && <UsageUnknown usage={usage} retry={retry} refreshing={refreshing} />}
      {feeds.length > 0 && (
        <>
          <p className="font-medium text-slate-900">{t(action === 'delete' ? 'gate.lostOnDelete' : 'gate.lostOnDetach')}</p>
          <ChangefeedItems riders={feeds} />
        </>
      )}
      {migrations.length > 0 && (
        <>
          <p className="font-medium text-slate-900">{t(action === 'delete' ? 'users.lostOnDeleteMigrations' : 'users.lostOnDetachMigrations')}</p>
          <MigrationItems migrations={migrations} />
        </>
      )}
      {affected === 0 && usage.status === 'known' && <p className="text-slate-700">{t(action === 'delete' ? 'users.unusedDelete' : 'users.unusedDetach')}</p>}
      {needsAck && (
        <label htmlFor={ackId} className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-amber-950">
          <input
            id={ackId}
            type="checkbox"
            className="mt-0.5 accent-amber-700"
            disabled={disabled}
            checked={acknowledged}
            onChange={(e) => onAcknowledge(e.target.checked)}
          />
          <span>{ackText()}</span>
        </label>
      )}
    </div>
  );

  function ackText() {
    if (affected === 0) return t('users.ackUnknown');
    if (migrations.length === 0) return plural(feeds.length, { one: 'gate.ackOne', other: 'gate.ack' });
    return t('users.ack', { users: usersPhrase(t, plural, feeds.length, migrations.length) });
  }
}
