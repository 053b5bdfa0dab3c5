import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/lib/i18n';
import { readStatus, statusKey } from '@/lib/status';

/**
 * The page's connection to TiDB Cloud, said at once: offline (with the time of the data shown),
 * the API key missing or wrong (a 401: how to create one; nothing retries it), rate limited (a 429:
 * when the next try is). Always in the page, so screen readers hear what appears in it.
 */
export function StatusBanner() {
  const { t, lang } = useI18n();
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback(
    (notify: () => void) => {
      const a = cache.subscribe(notify);
      const b = onlineManager.subscribe(notify);
      return () => {
        a();
        b();
      };
    },
    [cache],
  );
  const key = useSyncExternalStore(subscribe, () => statusKey(readStatus(cache)));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the status's value
  const status = useMemo(() => readStatus(cache), [key, cache]);
  const time = status.dataAt ? new Date(status.dataAt).toLocaleTimeString(lang) : undefined;
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
          {status.rateLimitedFor > 0 ? t('status.retryIn', { seconds: status.rateLimitedFor }) : t('status.retrySoon')}
        </Alert>
      )}
    </div>
  );
}
