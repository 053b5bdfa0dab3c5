import { Spinner } from '@/components/ui/spinner';
import { useI18n } from '@/lib/i18n';
import { useConnectionUsage, type ConnectionRef } from '../use-connection-usage';
import { ChangefeedItems } from './changefeed-items';
import { MigrationItems } from './migration-items';
import { UsageUnknown } from './usage-unknown';

/**
 * What uses a connection (details view): its changefeeds (name, sink type, port, state) and its
 * migrations (name, state, source host), and what each needs from the connection. `domains`: the
 * attached domains' names, once known.
 */
export function UsageDetails({ clusterId, domains, ...connection }: { clusterId: string; domains?: string[] } & ConnectionRef) {
  const { t } = useI18n();
  const { usage, refreshing, retry } = useConnectionUsage(clusterId, connection);
  const riders = usage.riders ?? [];
  const migrations = usage.migrations ?? [];
  return (
    <section aria-label={t('users.title')}>
      <h4 className="mb-2 text-sm font-medium text-slate-900">{t('users.title')}</h4>
      {usage.status === 'checking' && riders.length + migrations.length === 0 ? (
        <Spinner label={t('usage.checking')} />
      ) : (
        <div className="space-y-2">
          {usage.status === 'unknown' && <UsageUnknown usage={usage} retry={retry} refreshing={refreshing} />}
          {riders.length > 0 && <ChangefeedItems riders={riders} domains={domains?.length} showNeeds />}
          {migrations.length > 0 && <MigrationItems migrations={migrations} domains={domains} showNeeds />}
          {usage.status === 'checking' && <Spinner label={t('usage.checking')} />}
          {usage.status === 'known' && riders.length + migrations.length === 0 && <p className="text-sm text-slate-600">{t('users.noneDetails')}</p>}
        </div>
      )}
    </section>
  );
}
