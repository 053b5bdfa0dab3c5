import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';

const OFF = 'aria-disabled:cursor-not-allowed aria-disabled:opacity-50';

/**
 * The number of connections — a live region present from the first render, so a change (a
 * filter, a page) is announced — and, when there is more than one page, Previous / Next.
 */
export function Pager({
  total,
  noMatch,
  showNav,
  hasPrev,
  hasNext,
  loading,
  onPrev,
  onNext,
  page,
  pages,
}: {
  /** Unknown while the first answer loads (the region is there, empty). */
  total: number | undefined;
  /** Filters hide every connection: said instead of the count, visible elsewhere. */
  noMatch: boolean;
  showNav: boolean;
  hasPrev: boolean;
  hasNext: boolean;
  /** The page asked for is on its way: Previous / Next say nothing final yet. */
  loading: boolean;
  onPrev: () => void;
  onNext: () => void;
  /** The page shown (1-based) and, when the API says the total, how many there are. */
  page?: number;
  pages?: number;
}) {
  const { t, formatNumber, plural } = useI18n();
  const nav = useRef<HTMLElement>(null);
  const button = (which: string) =>
    nav.current?.querySelector<HTMLElement>(`[data-pager="${which}"]`) ?? null;
  // The nav leaves while it holds focus (fewer connections): its ref's cleanup runs while it is still in the page.
  const navRef = (el: HTMLElement | null) => {
    nav.current = el;
    return () => {
      nav.current = null;
      if (el?.contains(document.activeElement)) focusRows(el);
    };
  };
  // The button just used cannot be used again (first / last page): focus goes to the other one, or
  // to the rows when there is none, never to <body>.
  useEffect(() => {
    if (loading) return;
    const active = document.activeElement;
    const which =
      active instanceof HTMLElement && nav.current?.contains(active) ? active.dataset.pager : undefined;
    const [spent, other, usable] =
      which === 'next'
        ? [!hasNext, button('prev'), hasPrev]
        : which === 'prev'
          ? [!hasPrev, button('next'), hasNext]
          : [false];
    if (!spent) return;
    if (usable && other) other.focus();
    else focusRows(active);
  }, [hasPrev, hasNext, loading]);
  const count = noMatch
    ? t('panel.noneMatch')
    : total === undefined
      ? ''
      : plural(total, { one: 'panel.totalOne', other: 'panel.total' });
  return (
    <div className="mt-3 flex items-center justify-between text-sm text-slate-600">
      <span role="status" className={noMatch || !total ? 'sr-only' : undefined}>
        {count}
      </span>
      {showNav && (
        <nav aria-label={t('panel.pages')} className="flex items-center gap-2" ref={navRef}>
          {page !== undefined && (
            <span aria-current="page">{pages ? t('pager.pageOf', { page: formatNumber(page), pages: formatNumber(pages) }) : t('pager.page', { page: formatNumber(page) })}</span>
          )}
          {/* aria-disabled, not disabled: a button that was just used keeps focus while the next page loads. */}
          <Button
            data-pager="prev"
            size="sm"
            aria-disabled={!hasPrev}
            className={OFF}
            onClick={() => hasPrev && onPrev()}
          >
            {t('panel.previous')}
          </Button>
          <Button
            data-pager="next"
            size="sm"
            aria-disabled={!hasNext}
            className={OFF}
            onClick={() => hasNext && onNext()}
          >
            {t('panel.next')}
          </Button>
        </nav>
      )}
    </div>
  );
}

/** Focus the panel's rows (or its heading), once `from` — which held focus — is gone or spent. */
function focusRows(from: Element | null) {
  const section = from?.closest('section');
  const rows =
    section?.querySelector<HTMLElement>('[data-rows]') ?? section?.querySelector<HTMLElement>('h2');
  if (!rows) return;
  // After the nav is gone (its ref's cleanup runs before it is removed).
  queueMicrotask(() => {
    if (
      document.activeElement &&
      document.activeElement !== document.body &&
      rows.contains(document.activeElement)
    )
      return;
    rows.tabIndex = -1;
    rows.focus();
  });
}
