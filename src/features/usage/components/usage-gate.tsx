import { useEffect, useId, useState } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { useI18n } from '@/lib/i18n';
import { useConnectionUsage, type ConnectionRef } from '../use-connection-usage';
import { affectedBy, migrationsAffectedBy, type UsageAction } from '../usage';
import { usersPhrase } from '../users-phrase';
import { ChangefeedItems } from './changefeed-items';
import { MigrationItems } from './migration-items';
import { UsageUnknown } from './usage-unknown';

export interface UsageGateProps extends ConnectionRef {
  clusterId: string;
  action: UsageAction;
  /** The attached domains' names, once known (Detach Domains: which migrations reach their source by them). */
  domains?: string[];
  disabled?: boolean;
  /** Whether the dialog may be submitted, as far as the connection's users go. */
  onReadyChange: (ready: boolean) => void;
}

/**
 * In Delete / Detach Domains: the changefeeds and migrations that will lose their route, and one
 * acknowledgement the submit waits for; the same acknowledgement when usage is unknown. Not ready while checking.
 */
export function UsageGate({ clusterId, action, domains, disabled, onReadyChange, ...connection }: UsageGateProps) {
  const { t, formatNumber } = useI18n();
  // Loaded again as the dialog opens: what it breaks is judged on the latest lists.
  const { usage, refreshing, retry } = useConnectionUsage(clusterId, connection, { fresh: true });
  const feeds = affectedBy(action, usage.riders ?? []);
  const migrations = migrationsAffectedBy(action, usage.migrations ?? [], domains);
  // An acknowledgement holds for what was shown: a different list asks again.
  const shown = `${usage.status}:${feeds.map((r) => r.changefeed.changefeedId).join(',')}:${migrations.map((m) => m.migration.migrationId).join(',')}`;
  const [acknowledged, setAcknowledged] = useState<string>();
  const affected = feeds.length + migrations.length;
  const needsAck = usage.status === 'unknown' || affected > 0;
  const ready = usage.status !== 'checking' && !refreshing && (!needsAck || acknowledged === shown);
  useEffect(() => onReadyChange(ready), [ready, onReadyChange]);
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
            checked={acknowledged === shown}
            onChange={(e) => setAcknowledged(e.target.checked ? shown : undefined)}
          />
          <span>{ackText()}</span>
        </label>
      )}
    </div>
  );

  function ackText() {
    if (affected === 0) return t('users.ackUnknown');
    if (migrations.length === 0) return feeds.length === 1 ? t('gate.ackOne') : t('gate.ack', { count: formatNumber(feeds.length) });
    return t('users.ack', { users: usersPhrase(t, formatNumber, feeds.length, migrations.length) });
  }
}
