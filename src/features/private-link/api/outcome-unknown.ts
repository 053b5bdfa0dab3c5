import { isApiError, type ApiError } from '@/lib/api-error';

/**
 * A change (a Create, an Attach, a Delete) whose outcome is not known: it may have reached TiDB
 * Cloud and been carried out (no answer in time, the connection lost, a server error after sending),
 * or was carried out with an answer that could not be read (a 2xx not in the expected shape). Only
 * a 4xx says no for certain.
 */
export function outcomeUnknown(error: unknown): error is ApiError {
  return isApiError(error) && (error.kind !== 'http' || error.status >= 500);
}
