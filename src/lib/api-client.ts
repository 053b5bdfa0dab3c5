import './zod-setup';
import type * as z from 'zod/mini';
import { errorBodySchema } from '@/contract/errors';
import { config } from './config';
import { ApiError } from './api-error';

type Method = 'GET' | 'POST' | 'DELETE' | 'PATCH';

interface RequestOptions<S extends z.ZodMiniType> {
  method?: Method;
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  schema: S;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: RequestOptions<z.ZodMiniType>['query']): string {
  const base = config.apiBaseUrl || globalThis.location?.origin || 'http://localhost';
  const url = new URL(path, base);
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
  }
  return url.toString();
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** `AbortSignal.timeout`, or the same from a timer where the browser lacks it. */
export function timeoutSignal(ms: number): AbortSignal {
  if (typeof AbortSignal.timeout === 'function') return AbortSignal.timeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
  return controller.signal;
}

/**
 * `AbortSignal.any`, or the same by hand on browsers the build targets that lack it
 * (Safari < 17.4, Firefox < 124): aborted as soon as one of `signals` is.
 */
export function anySignal(
  signals: AbortSignal[],
  native = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any,
): AbortSignal {
  if (typeof native === 'function') return native.call(AbortSignal, signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

/**
 * Calls the API and parses the answer with `schema`. Every failure becomes an ApiError:
 * a non-2xx with its status, code and message; no network; a timeout (the request is aborted);
 * a body that does not match the contract.
 */
export async function apiRequest<S extends z.ZodMiniType>(opts: RequestOptions<S>): Promise<z.output<S>> {
  const timeout = timeoutSignal(config.requestTimeoutMs);
  const timedOut = () =>
    new ApiError({ kind: 'timeout', message: `No answer after ${config.requestTimeoutMs / 1000} s` });
  const signal = opts.signal ? anySignal([opts.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(buildUrl(opts.path, opts.query), {
      method: opts.method ?? 'GET',
      headers:
        opts.body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal,
    });
  } catch (e) {
    if (opts.signal?.aborted) throw e; // the caller cancelled: not an error to show
    if (timeout.aborted) throw timedOut();
    throw new ApiError({ kind: 'network', message: 'Network error' });
  }

  const text = await res.text().catch((e: unknown) => {
    // The timeout can strike while the body is still arriving: that is a timeout (retried), not a
    // response the page does not understand.
    if (opts.signal?.aborted) throw e;
    if (timeout.aborted) throw timedOut();
    return '';
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // no body, or not JSON: read as none
  }

  if (!res.ok) {
    const body = errorBodySchema.safeParse(json);
    const err = body.success ? body.data : {};
    throw new ApiError({
      kind: 'http',
      status: res.status,
      code: err.code,
      serverMessage: err.message,
      fieldViolations: err.details?.flatMap((d) => d.fieldViolations ?? []) ?? [],
      retryAfterMs: parseRetryAfter(res.headers.get('Retry-After')),
      message: `HTTP ${res.status}${err.message ? `: ${err.message}` : ''}`,
    });
  }

  const parsed = opts.schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      status: res.status,
      message: `Unexpected response from ${opts.method ?? 'GET'} ${opts.path}: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(body)'} ${i.message}`)
        .join('; ')}`,
    });
  }
  return parsed.data;
}
