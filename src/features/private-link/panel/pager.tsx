import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';

const OFF = 'aria-disabled:cursor-not-allowed aria-disabled:opacity-50';

/** The number of connections and, when there is more than one page, Previous / Next. */
export function Pager({
  total,
  hasPrev,
  hasNext,
  onPrev,
  onNext,
}: {
  total: number | undefined;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
}) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="mt-3 flex items-center justify-between text-sm text-slate-600">
      {/* The count is announced when it changes (a filter, a page). */}
      <span role="status">{total !== undefined && (total === 1 ? t('panel.totalOne') : t('panel.total', { count: formatNumber(total) }))}</span>
      {(hasPrev || hasNext) && (
        <nav aria-label={t('panel.pages')} className="flex gap-2">
          {/* aria-disabled, not disabled: a button that was just used keeps focus while the next page loads. */}
          <Button size="sm" aria-disabled={!hasPrev} className={OFF} onClick={() => hasPrev && onPrev()}>
            {t('panel.previous')}
          </Button>
          <Button size="sm" aria-disabled={!hasNext} className={OFF} onClick={() => hasNext && onNext()}>
            {t('panel.next')}
          </Button>
        </nav>
      )}
    </div>
  );
}
