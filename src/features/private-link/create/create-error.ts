import { describeError, isApiError } from '@/lib/api-error';
import type { Translate } from '@/lib/i18n';
import { UnconfirmedCreateError } from '../api/create-outcome';

/**
 * Why a Create failed, truly: an unknown outcome says whether the list was checked (not created:
 * a retry is safe), could not be (a retry looks first), or could not tell (same-named connections
 * the page had not seen); a 409 is a name already taken (also on
 * the Name field); anything else in the user's language with the server's words as detail.
 */
export function describeCreateError(error: unknown, name: string, t: Translate): string {
  if (error instanceof UnconfirmedCreateError) {
    const cause = error.cause;
    const reason =
      cause.kind === 'timeout' ? t('outcome.timeout') : cause.kind === 'network' ? t('outcome.network') : t('outcome.server', { status: cause.status });
    const key = { absent: 'create.unconfirmedAbsent', unknown: 'create.unconfirmedUnknown', ambiguous: 'create.unconfirmedAmbiguous' } as const;
    return t(key[error.outcome], { reason, name });
  }
  if (isApiError(error) && error.status === 409)
    return [t('create.nameTaken', { name }), error.serverMessage && t('error.detail', { message: error.serverMessage })].filter(Boolean).join(' ');
  return describeError(error, '', t);
}

/** The attempt a retry must look for first: one whose outcome the list could not be read to tell. */
export function unknownAttempt(error: unknown): UnconfirmedCreateError | undefined {
  return error instanceof UnconfirmedCreateError && error.outcome === 'unknown' ? error : undefined;
}
