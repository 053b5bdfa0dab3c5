import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { refocusAfter } from '@/lib/focus';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { describeError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';

/**
 * What the list area shows, one state at a time: loading, a first-load failure (with Retry), no
 * match for the filters, no connection at all, or the table (`children`) with a refresh failure
 * above it when there is one.
 */
export function ConnectionsBody({
  list,
  empty,
  filtered,
  stale = !!list.isPlaceholderData,
  onClearFilters,
  children,
}: {
  list: Pick<UseQueryResult<unknown>, 'isPending' | 'isError' | 'isFetching' | 'data' | 'error'> & { refetch: () => Promise<unknown>; isPlaceholderData?: boolean };
  /** Nothing on the first page. */
  empty: boolean;
  filtered: boolean;
  /** The rows shown are not the answer to what is asked (another filter's or page's). */
  stale?: boolean;
  onClearFilters: () => void;
  children: ReactNode;
}) {
  const { t, rich } = useI18n();
  const retry = (label: string) => (
    <Button size="sm" onClick={() => void list.refetch()} disabled={list.isFetching}>
      {label}
    </Button>
  );
  if (list.isPending)
    return (
      <div className="flex h-32 items-center justify-center text-sm text-slate-600">
        <Spinner label={t('panel.loading')} />
      </div>
    );
  if (list.isError && !list.data)
    return (
      <Alert
        tone="error"
        title={t('panel.loadError')}
        action={retry(list.isFetching ? t('common.retrying') : t('common.retry'))}
      >
        {describeError(list.error, '', t)}
      </Alert>
    );
  const refreshError = list.isError && (
    <Alert tone="warning" className="mb-3" title={t('panel.refreshError')} action={retry(t('common.retry'))}>
      {describeError(list.error, '', t)}
    </Alert>
  );
  if (empty && filtered)
    return (
      <>
        {refreshError}
        <div className="rounded-md border border-dashed border-slate-300 px-6 py-8 text-center text-sm text-slate-700">
          {/* Announced by the count's live region (Pager), which is there from the first render. */}
          <p>{t('filter.noMatch')}</p>
          {/* Focus goes to the filter box once this button is gone. */}
          <Button size="sm" className="mt-3" onClick={refocusAfter('input', onClearFilters)}>
            {t('filter.clear')}
          </Button>
        </div>
      </>
    );
  if (empty)
    return (
      <>
        {refreshError}
        <div className="rounded-md border border-dashed border-slate-300 px-6 py-10 text-center">
          <h3 className="text-base font-medium text-slate-900">{t('panel.emptyTitle')}</h3>
          <p className="mx-auto mt-1 max-w-xl text-sm text-slate-600">
            {rich('panel.emptyBody', { b: (chunk) => <strong>{chunk}</strong> })}
          </p>
        </div>
      </>
    );
  // A changed filter or page is loading: the rows shown are the previous answer's, so say so.
  return (
    <>
      {refreshError}
      {stale && (
        <div className="mb-2 text-sm text-slate-600">
          <Spinner label={t('panel.updating')} />
        </div>
      )}
      <div
        data-rows
        aria-busy={stale}
        data-stale={stale || undefined}
        className={stale ? 'pointer-events-none opacity-50' : undefined}
      >
        {children}
      </div>
    </>
  );
}
