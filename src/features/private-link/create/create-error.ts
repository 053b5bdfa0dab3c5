import { describeError, isApiError } from '@/lib/api-error';
import type { Translate } from '@/lib/i18n';
import { UnconfirmedCreateError } from '../api/create-outcome';

/**
 * Why a Create failed, truly: an unknown outcome says whether the list was checked (not created:
 * a retry is safe) or could not be (a retry looks first); a 409 once, in TiDB Cloud's words;
 * anything else in the user's language with the server's words as detail.
 */
export function describeCreateError(error: unknown, name: string, t: Translate): string {
  if (error instanceof UnconfirmedCreateError) {
    const cause = error.cause;
    const reason =
      cause.kind === 'timeout' ? t('outcome.timeout') : cause.kind === 'network' ? t('outcome.network') : t('outcome.server', { status: cause.status });
    return t(error.checked ? 'create.unconfirmedAbsent' : 'create.unconfirmedUnknown', { reason, name });
  }
  // Once, in TiDB Cloud's words: the API promises no rule a 409 stands for (a name, a busy cluster …).
  if (isConflict(error)) return conflictMessage(error, t);
  return describeError(error, '', t);
}

export const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

/** A 409 on Create in TiDB Cloud's own words, not wrapped in quotes of ours. */
export function conflictMessage(error: unknown, t: Translate): string {
  const message = isApiError(error) ? error.serverMessage?.replace(/\.$/, '') : undefined;
  return message ? t('create.conflict', { message }) : t('create.conflictBare');
}
