import { describeError, isApiError } from '@/lib/api-error';
import type { Translate } from '@/lib/i18n';
import { UnconfirmedCreateError } from '../api/create-outcome';

/**
 * Why a Create failed, truly: an unknown outcome says whether the list was checked (not created:
 * a retry is safe), could not be (a retry looks first), or could not tell (same-named connections
 * the page had not seen); a 409 once, in TiDB Cloud's words; anything else in the user's language
 * with the server's words as detail.
 */
export function describeCreateError(error: unknown, name: string, t: Translate): string {
  if (error instanceof UnconfirmedCreateError) {
    const cause = error.cause;
    const reason =
      cause.kind === 'timeout' ? t('outcome.timeout') : cause.kind === 'network' ? t('outcome.network') : t('outcome.server', { status: cause.status });
    const key = { absent: 'create.unconfirmedAbsent', unknown: 'create.unconfirmedUnknown', ambiguous: 'create.unconfirmedAmbiguous' } as const;
    return t(key[error.outcome], { reason, name });
  }
  // Once, in TiDB Cloud's words: the API promises no rule a 409 stands for (a name, a busy cluster …).
  if (isConflict(error)) return conflictMessage(error, t);
  return describeError(error, '', t);
}

/** The attempt a retry must look for first: one whose outcome the list could not be read to tell. */
export function unknownAttempt(error: unknown): UnconfirmedCreateError | undefined {
  return error instanceof UnconfirmedCreateError && error.outcome === 'unknown' ? error : undefined;
}

export const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

/** A 409 on Create in TiDB Cloud's own words, not wrapped in quotes of ours. */
export function conflictMessage(error: unknown, t: Translate): string {
  const message = isApiError(error) ? error.serverMessage?.replace(/\.$/, '') : undefined;
  return message ? t('create.conflict', { message }) : t('create.conflictBare');
}
