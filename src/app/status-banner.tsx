import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/lib/i18n';
import { parseStatus, readStatus, statusKey, subscribeStatus } from '@/lib/status';

/**
 * The page's connection to TiDB Cloud, said at once: offline (with the time of the data shown),
 * the API key missing or wrong (a 401: how to create one; nothing retries it), rate limited (a 429:
 * when the next try is). Always in the page, so screen readers hear what appears in it.
 */
export function StatusBanner() {
  const { t, formatTime } = useI18n();
  const cache = useQueryClient().getQueryCache();
  const subscribe = (notify: () => void) => subscribeStatus(cache, notify);
  // Everything shown derives from this string, so it re-renders exactly when the status changes.
  const status = parseStatus(useSyncExternalStore(subscribe, () => statusKey(readStatus(cache))));
  const time = status.offline && status.dataAt ? formatTime(new Date(status.dataAt)) : undefined;
  return (
    <div aria-live="polite" className="space-y-2 empty:hidden">
      {status.offline && (
        <Alert tone="warning" title={t('status.offline')}>
          {time ? t('status.offlineData', { time }) : t('status.offlineNoData')}
        </Alert>
      )}
      {status.keyRejected && (
        <Alert tone="error" title={t('status.keyTitle')}>
          {t('status.keyBody')}
        </Alert>
      )}
      {status.rateLimitedFor !== undefined && (
        <Alert tone="warning" title={t('status.rateLimited')}>
          <Countdown key={status.rateLimitedBy ?? ''} seconds={status.rateLimitedFor} />
        </Alert>
      )}
    </div>
  );
}

/** "Retrying in N s", N counting down each second from what the 429 said. */
function Countdown({ seconds }: { seconds: number }) {
  const { t } = useI18n();
  const [passed, setPassed] = useState(0);
  const left = seconds - passed;
  const done = left <= 0;
  useEffect(() => {
    if (done) return;
    const tick = setInterval(() => setPassed((n) => n + 1), 1000);
    return () => clearInterval(tick);
  }, [done]);
  return left > 0 ? t('status.retryIn', { seconds: left }) : t('status.retrySoon');
}
