import { useEffect, useId, useState } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { useI18n } from '@/lib/i18n';
import { useConnectionUsage } from '../use-connection-usage';
import { affectedBy, type UsageAction } from '../usage';
import { ChangefeedItems } from './changefeed-items';
import { UsageUnknown } from './usage-unknown';

export interface UsageGateProps {
  clusterId: string;
  connectionId: string;
  action: UsageAction;
  disabled?: boolean;
  /** Whether the dialog may be submitted, as far as the changefeeds go. */
  onReadyChange: (ready: boolean) => void;
}

/**
 * In Delete / Detach Domains: the changefeeds that will lose their route, and an acknowledgement
 * the submit waits for; the same acknowledgement when usage is unknown. Not ready while checking.
 */
export function UsageGate({ clusterId, connectionId, action, disabled, onReadyChange }: UsageGateProps) {
  const { t, formatNumber } = useI18n();
  // Loaded again as the dialog opens: what it breaks is judged on the latest list.
  const { usage, refreshing, retry } = useConnectionUsage(clusterId, connectionId, { fresh: true });
  const affected = affectedBy(action, usage.riders ?? []);
  // An acknowledgement holds for what was shown: a different list asks again.
  const shown = `${usage.status}:${affected.map((r) => r.changefeed.changefeedId).join(',')}`;
  const [acknowledged, setAcknowledged] = useState<string>();
  const needsAck = usage.status === 'unknown' || affected.length > 0;
  const ready = usage.status !== 'checking' && !refreshing && (!needsAck || acknowledged === shown);
  useEffect(() => onReadyChange(ready), [ready, onReadyChange]);
  const ackId = useId();

  if (usage.status === 'checking') return <Spinner label={t('usage.checkingGate')} />;
  const count = formatNumber(affected.length);
  return (
    <div className="space-y-2 text-sm" data-testid="usage-gate">
      {refreshing && usage.status === 'known' && <Spinner label={t('usage.checkingGate')} />}
      {usage.status === 'unknown' && <UsageUnknown usage={usage} retry={retry} refreshing={refreshing} />}
      {affected.length > 0 ? (
        <>
          <p className="font-medium text-slate-900">{t(action === 'delete' ? 'gate.lostOnDelete' : 'gate.lostOnDetach')}</p>
          <ChangefeedItems riders={affected} />
        </>
      ) : (
        usage.status === 'known' && <p className="text-slate-700">{t(action === 'delete' ? 'gate.unusedDelete' : 'gate.unusedDetach')}</p>
      )}
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
          <span>
            {affected.length === 0
              ? t('gate.ackUnknown')
              : affected.length === 1
                ? t('gate.ackOne')
                : t('gate.ack', { count })}
          </span>
        </label>
      )}
    </div>
  );
}
