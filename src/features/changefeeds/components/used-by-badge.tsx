import { Badge } from '@/components/ui/badge';
import { useI18n } from '@/lib/i18n';
import { useConnectionUsage } from '../use-connection-usage';

/** "2 changefeeds", "Not used", or "Usage unknown" (never "Not used" when the list did not load). */
export function UsedByBadge({ clusterId, connectionId }: { clusterId: string; connectionId: string }) {
  const { t, formatNumber } = useI18n();
  const { usage } = useConnectionUsage(clusterId, connectionId);
  if (usage.status === 'checking') return <span className="text-slate-500">{t('usage.checking')}</span>;
  const riders = usage.riders ?? [];
  if (usage.status === 'unknown')
    return (
      <span title={riders.length ? t('usage.atLeast', { count: formatNumber(riders.length) }) : undefined}>
        <Badge tone="warning">{t('usage.unknown')}</Badge>
      </span>
    );
  if (riders.length === 0) return <span className="text-slate-600">{t('usage.notUsed')}</span>;
  return (
    <span title={riders.map((r) => r.changefeed.displayName ?? r.changefeed.changefeedId).join(', ')}>
      <Badge tone="info">{riders.length === 1 ? t('usage.countOne') : t('usage.count', { count: formatNumber(riders.length) })}</Badge>
    </span>
  );
}
