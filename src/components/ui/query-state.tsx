import type { UseQueryResult } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { describeError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';

/**
 * What to show while a query loads (a spinner saying what) or after it failed (why, with Retry);
 * nothing once it has data. `error` is the lead-in, e.g. "Could not load the attached domains.".
 */
export function QueryState({
  query,
  loading,
  error,
}: {
  query: Pick<UseQueryResult<unknown>, 'isPending' | 'isError' | 'isFetching' | 'error' | 'refetch'>;
  loading: string;
  error: string;
}) {
  const { t } = useI18n();
  if (query.isPending) return <Spinner label={loading} />;
  if (query.isError)
    return (
      <Alert
        tone="error"
        action={
          <Button size="sm" onClick={() => void query.refetch()} disabled={query.isFetching}>
            {t('common.retry')}
          </Button>
        }
      >
        {describeError(query.error, error, t)}
      </Alert>
    );
  return null;
}
