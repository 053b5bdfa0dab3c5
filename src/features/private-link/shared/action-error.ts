import { describeError, isApiError } from '@/lib/api-error';
import type { Translate } from '@/lib/i18n';

/**
 * A failed row action, in words a user understands: a 404 means the connection was deleted
 * elsewhere (the list has been refreshed by then).
 */
export function describeRowActionError(error: unknown, t: Translate): string {
  return isApiError(error) && error.status === 404 ? t('error.gone') : describeError(error, '', t);
}
