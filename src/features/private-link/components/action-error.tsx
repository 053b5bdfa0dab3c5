import { Alert } from '@/components/ui/alert';
import { describeError, isApiError } from '@/lib/api-error';

/** A failed dialog action, in words a user understands; a 404 means the connection was deleted elsewhere. */
export function ActionError({ title, error }: { title: string; error: unknown }) {
  const gone = isApiError(error) && error.status === 404;
  return (
    <Alert tone="error" title={title}>
      {gone ? 'This private link connection no longer exists: it may have been deleted elsewhere. The list has been refreshed.' : describeError(error, '')}
    </Alert>
  );
}
