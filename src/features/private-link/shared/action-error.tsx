import { Alert } from '@/components/ui/alert';
import { describeError, isApiError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';

/**
 * A failed dialog action, in words a user understands. On a row action (`onConnection`), a 404
 * means the connection was deleted elsewhere (the list has been refreshed by then).
 */
export function ActionError({ title, error, onConnection = false }: { title: string; error: unknown; onConnection?: boolean }) {
  const { t } = useI18n();
  const gone = onConnection && isApiError(error) && error.status === 404;
  return (
    <Alert tone="error" title={title}>
      {gone ? t('error.gone') : describeError(error, '', t)}
    </Alert>
  );
}
