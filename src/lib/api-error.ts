import { tEn, type Translate } from './i18n-core';

import type { FieldViolation } from '@/contract/errors';

type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly code: number | string | undefined;
  readonly serverMessage: string | undefined;
  readonly fieldViolations: FieldViolation[];
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    kind: ApiErrorKind;
    status?: number;
    code?: number | string;
    serverMessage?: string;
    fieldViolations?: FieldViolation[];
    retryAfterMs?: number;
    message: string;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.fieldViolations = init.fieldViolations ?? [];
    this.retryAfterMs = init.retryAfterMs;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

const STATUS_KEYS = [400, 401, 403, 404, 409, 429, 500, 502, 503, 504] as const;

/**
 * A sentence a user understands for any failure, in their language, with the server's own message
 * as detail where it helps (client errors; a 5xx message is for operators). `fallback` is the caller's lead-in, e.g.
 * "Could not load the attached domains.".
 */
export function describeError(error: unknown, fallback: string, t: Translate = tEn): string {
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
  if (!isApiError(error)) return join(fallback) || t('error.generic');
  switch (error.kind) {
    case 'network':
      return join(fallback, t('error.network'));
    case 'timeout':
      return join(fallback, t('error.timeout'));
    case 'invalid-response':
      return join(fallback, t('error.invalidResponse'));
    case 'http': {
      const known = (STATUS_KEYS as readonly number[]).includes(error.status);
      const base = known
        ? t(`error.${error.status}` as `error.${(typeof STATUS_KEYS)[number]}`)
        : t('error.status', { status: error.status });
      if (error.status === 429) {
        const seconds = error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : undefined;
        return join(fallback, seconds ? t('error.429wait', { seconds }) : base);
      }
      // In the user's language by status; the server's own words (English) kept as detail.
      const detail = error.status < 500 ? error.serverMessage : undefined;
      return join(fallback, base, detail && t('error.detail', { message: detail }));
    }
  }
}
