import { describeError, isApiError } from '@/lib/api-error';
import type { Translate } from '@/lib/i18n';
import { NotFoundError } from '../api/invalidate';

/**
 * A failed row action, in words a user understands: a 404 says what was not found (the
 * connection, deleted elsewhere, or the attached domains, detached elsewhere); a 409 says the list
 * now shows the connection's current state (both refresh the list).
 */
/** The domains a Detach Domains named were not found on a connection that is still there. */
export const isAlreadyDetached = (error: unknown) => error instanceof NotFoundError && error.what === 'domain';

export function describeRowActionError(error: unknown, t: Translate): string {
  if (error instanceof NotFoundError) return t(error.what === 'domain' ? 'error.domainGone' : 'error.gone');
  if (isApiError(error) && error.status === 409) return `${describeError(error, '', t)} ${t('error.conflictRefreshed')}`;
  return describeError(error, '', t);
}
