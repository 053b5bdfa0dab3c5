import { Spinner } from '@/components/ui/spinner';
import { useI18n } from '@/lib/i18n';
import { useConnectionUsage } from '../use-connection-usage';
import { ChangefeedItems } from './changefeed-items';
import { UsageUnknown } from './usage-unknown';

/**
 * The changefeeds that use a connection (details view): name, sink type, port, state, and what each
 * needs from the connection. `domains`: how many domain groups are attached, once known.
 */
export function ChangefeedList({ clusterId, connectionId, domains }: { clusterId: string; connectionId: string; domains?: number }) {
  const { t } = useI18n();
  const { usage, refreshing, retry } = useConnectionUsage(clusterId, connectionId);
  const riders = usage.riders ?? [];
  return (
    <section aria-label={t('usage.title')}>
      <h4 className="mb-2 text-sm font-medium text-slate-900">{t('usage.title')}</h4>
      {usage.status === 'checking' ? (
        <Spinner label={t('usage.checking')} />
      ) : (
        <div className="space-y-2">
          {usage.status === 'unknown' && <UsageUnknown usage={usage} retry={retry} refreshing={refreshing} />}
          {riders.length > 0 ? (
            <ChangefeedItems riders={riders} domains={domains} showNeeds />
          ) : (
            usage.status === 'known' && <p className="text-sm text-slate-600">{t('usage.noneDetails')}</p>
          )}
        </div>
      )}
    </section>
  );
}
