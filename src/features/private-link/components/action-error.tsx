import { Alert } from '@/components/ui/alert';
import { describeError, isApiError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';

/** A failed dialog action, in words a user understands; a 404 means the connection was deleted elsewhere. */
export function ActionError({ title, error }: { title: string; error: unknown }) {
  const { t } = useI18n();
  const gone = isApiError(error) && error.status === 404;
  return (
    <Alert tone="error" title={title}>
      {gone ? t('error.gone') : describeError(error, '', t)}
    </Alert>
  );
}
