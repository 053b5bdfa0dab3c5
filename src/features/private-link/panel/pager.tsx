import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';

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
      <span>{total !== undefined && (total === 1 ? t('panel.totalOne') : t('panel.total', { count: formatNumber(total) }))}</span>
      {(hasPrev || hasNext) && (
        <nav aria-label={t('panel.pages')} className="flex gap-2">
          <Button size="sm" disabled={!hasPrev} onClick={onPrev}>
            {t('panel.previous')}
          </Button>
          <Button size="sm" disabled={!hasNext} onClick={onNext}>
            {t('panel.next')}
          </Button>
        </nav>
      )}
    </div>
  );
}
