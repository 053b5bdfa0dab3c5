import { z } from 'zod';

/** google.rpc.BadRequest field violation, as carried in `details[]` of a 400. */
export const fieldViolationSchema = z.object({ field: z.string(), description: z.string() });

export const errorDetailSchema = z
  .object({
    '@type': z.string().optional(),
    fieldViolations: z.array(fieldViolationSchema).optional(),
  })
  .loose();

/** The API's error body: `{ code, message, details[] }` (code is the gRPC status code). */
export const errorBodySchema = z.object({
  code: z.union([z.number(), z.string()]).optional(),
  message: z.string().optional(),
  details: z.array(errorDetailSchema).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type FieldViolation = z.infer<typeof fieldViolationSchema>;

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response';

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

const STATUS_TEXT: Record<number, string> = {
  400: 'The request was not accepted.',
  401: 'Your session has expired. Sign in again.',
  403: 'You do not have permission to do this.',
  404: 'It no longer exists.',
  409: 'This conflicts with the current state.',
  429: 'Too many requests. Wait a moment and try again.',
  500: 'TiDB Cloud hit an internal error. Try again.',
  502: 'TiDB Cloud is unreachable right now. Try again.',
  503: 'TiDB Cloud is temporarily unavailable. Try again.',
  504: 'TiDB Cloud took too long to answer. Try again.',
};

/**
 * A sentence a user understands for any failure, with the server's own message where it helps.
 * `fallback` is the caller's default (e.g. "Could not create the private link connection.").
 */
export function describeError(error: unknown, fallback = 'Something went wrong.'): string {
  if (!isApiError(error)) return fallback;
  switch (error.kind) {
    case 'network':
      return `${fallback} The network is unreachable. Check your connection and try again.`;
    case 'timeout':
      return `${fallback} TiDB Cloud did not answer in time. Try again.`;
    case 'invalid-response':
      return `${fallback} TiDB Cloud sent a response this page does not understand.`;
    case 'http': {
      const base = STATUS_TEXT[error.status] ?? `The request failed (HTTP ${error.status}).`;
      const detail = error.serverMessage && error.status < 500 ? ` ${error.serverMessage}` : '';
      return `${fallback} ${error.status >= 500 || !detail ? base : ''}${detail}`.replace(/\s+/g, ' ').trim();
    }
  }
}
