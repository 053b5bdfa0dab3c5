import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

const MAX_READ_RETRIES = 3;

/** Reads retry transient failures (network, timeout, 429, 5xx) with backoff; mutations never retry. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_READ_RETRIES) return false;
  if (!isApiError(error)) return false;
  if (error.kind === 'network') return true;
  // A request that timed out already made the user wait: one more try, then say so.
  if (error.kind === 'timeout') return failureCount < 1;
  // Any other 4xx (a 401: the API key missing or wrong) does not get better by trying again.
  return error.kind === 'http' && (error.status === 429 || error.status >= 500);
}

export function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, 30_000);
  return Math.min(1000 * 2 ** attempt, 8000);
}

/**
 * Reads do not hand TanStack's abort signal to the request: StrictMode's remount would cancel each read and
 * send it again, against the API key's budget. A read left behind finishes into the cache, or times out.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryRead, retryDelay, staleTime: 5_000 },
      // A change is sent (and fails at once) even offline: never a dialog stuck on "Creating…".
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
