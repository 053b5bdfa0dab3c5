import { Badge } from '@/components/ui/badge';
import { useI18n } from '@/lib/i18n';
import { useConnectionUsage } from '../use-connection-usage';

/**
 * "2 changefeeds", "Not used", or "Usage unknown" (never "Not used" when the list did not load).
 * Each is one phrase kept on one line (whitespace-nowrap): the column takes its width.
 */
export function UsedByBadge({ clusterId, connectionId }: { clusterId: string; connectionId: string }) {
  const { t, formatNumber } = useI18n();
  const { usage } = useConnectionUsage(clusterId, connectionId);
  if (usage.status === 'checking') return <span className="whitespace-nowrap text-slate-500">{t('usage.checking')}</span>;
  const riders = usage.riders ?? [];
  if (usage.status === 'unknown')
    return (
      <span className="whitespace-nowrap" title={riders.length ? t('usage.atLeast', { count: formatNumber(riders.length) }) : undefined}>
        <Badge tone="warning">{t('usage.unknown')}</Badge>
      </span>
    );
  if (riders.length === 0) return <span className="whitespace-nowrap text-slate-600">{t('usage.notUsed')}</span>;
  return (
    <span className="whitespace-nowrap" title={riders.map((r) => r.changefeed.displayName ?? r.changefeed.changefeedId).join(', ')}>
      <Badge tone="info">{riders.length === 1 ? t('usage.countOne') : t('usage.count', { count: formatNumber(riders.length) })}</Badge>
    </span>
  );
}
