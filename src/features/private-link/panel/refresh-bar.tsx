import type { UseQueryResult } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ExternalLink } from '@/components/ui/external-link';
import { useI18n } from '@/lib/i18n';
import { docsUrl } from '../docs';

/**
 * The time of the list's last update (in the user's language and time zone) and a Refresh button:
 * the list polls only while something changes by itself, so the user can always ask.
 */
export function RefreshBar({ list }: { list: Pick<UseQueryResult<unknown>, 'dataUpdatedAt' | 'isFetching'> & { refetch: () => Promise<unknown> } }) {
  const { t, formatTime } = useI18n();
  if (!list.dataUpdatedAt) return null;
  const at = new Date(list.dataUpdatedAt);
  return (
    <div className="mb-2 flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-xs text-slate-600">
      <time dateTime={at.toISOString()}>{t('panel.updatedAt', { time: formatTime(at) })}</time>
      <Button size="sm" aria-busy={list.isFetching || undefined} onClick={() => void list.refetch()}>
        {list.isFetching ? t('panel.refreshing') : t('panel.refresh')}
      </Button>
    </div>
  );
}

/** The panel's link to the private link connection documentation. */
export function LearnMoreLink() {
  const { t, lang } = useI18n();
  return <ExternalLink href={docsUrl(lang, 'privateLink')}>{t('panel.learnMore')}</ExternalLink>;
}
