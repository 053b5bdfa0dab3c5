import { isApiError, type ApiError } from '@/lib/api-error';

/**
 * A change (a Create, an Attach, a Delete) whose outcome is not known: it may have reached TiDB
 * Cloud and been carried out (no answer in time, the connection lost, a server error after sending).
 */
export function outcomeUnknown(error: unknown): error is ApiError {
  return isApiError(error) && (error.kind === 'timeout' || error.kind === 'network' || (error.kind === 'http' && error.status >= 500));
}
