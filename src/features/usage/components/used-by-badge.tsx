import { Badge } from '@/components/ui/badge';
import { useI18n } from '@/lib/i18n';
import { useConnectionUsage, type ConnectionRef } from '../use-connection-usage';
import { usersPhrase } from '../users-phrase';

/**
 * "2 changefeeds", "1 changefeed, 1 migration", "Not used", or "Usage unknown" (never "Not used"
 * when a list did not load). Each phrase is kept on one line (whitespace-nowrap), except that
 * "2 changefeeds, 1 migration" may break between its two parts: the column takes their width.
 */
export function UsedByBadge({ clusterId, ...connection }: { clusterId: string } & ConnectionRef) {
  const { t, plural } = useI18n();
  const { usage } = useConnectionUsage(clusterId, connection);
  if (usage.status === 'checking') return <span className="whitespace-nowrap text-slate-500">{t('usage.checking')}</span>;
  const feeds = usage.riders ?? [];
  const migrations = usage.migrations ?? [];
  const phrase = usersPhrase(t, plural, feeds.length, migrations.length, { unbroken: true });
  if (usage.status === 'unknown')
    return (
      <span className="whitespace-nowrap" title={phrase ? t('users.atLeast', { users: phrase }) : undefined}>
        <Badge tone="warning">{t('usage.unknown')}</Badge>
      </span>
    );
  if (!phrase) return <span className="whitespace-nowrap text-slate-600">{t('usage.notUsed')}</span>;
  const names = [...feeds.map((r) => r.changefeed.displayName ?? r.changefeed.changefeedId), ...migrations.map((m) => m.migration.displayName || m.migration.migrationId)];
  return (
    <span className={feeds.length && migrations.length ? undefined : 'whitespace-nowrap'} title={names.join(', ')}>
      <Badge tone="info">{phrase}</Badge>
    </span>
  );
}
