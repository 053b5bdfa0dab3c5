import { HttpResponse, type JsonBodyType } from 'msw';
import type * as z from 'zod/mini';
import type { ErrorBody, FieldViolation } from '@/contract/errors';
import { DEFAULT_FAULT_MESSAGE, GRPC_CODE, type Fault } from '../faults';

/** A refusal, answered as the API does: the HTTP status and `{ code, message, details }`. */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldViolations?: FieldViolation[],
  ) {
    super(message);
  }
}

/** 400 with one `google.rpc.BadRequest` detail listing the violations; the message names them all. */
export const badRequest = (violations: FieldViolation[]) =>
  new HttpFailure(400, violations.map((v) => `${v.field}: ${v.description}`).join('; '), violations);

export function errorResponse(status: number, message: string, fieldViolations?: FieldViolation[], headers?: HeadersInit) {
  const body: ErrorBody = {
    code: GRPC_CODE[status] ?? 2,
    message,
    details: fieldViolations?.length ? [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations }] : [],
  };
  return HttpResponse.json(body, { status, headers });
}

/** The answer to an injected fault (a hang never gets here: the route waits forever; a late one is the real answer). */
export function faultResponse(fault: Exclude<Fault, { kind: 'hang' | 'late' }>) {
  if (fault.kind === 'network') return HttpResponse.error();
  const headers: Record<string, string> = {};
  if (fault.status === 429) {
    headers['Retry-After'] = String(fault.retryAfterSeconds ?? 1);
    headers['X-Ratelimit-Limit-Minute'] = '100';
    headers['X-Ratelimit-Remaining-Minute'] = '0';
  }
  return errorResponse(fault.status, fault.message ?? DEFAULT_FAULT_MESSAGE[fault.status] ?? 'error', fault.fieldViolations, headers);
}

/** Parses a request body with the contract's schema; a body that does not fit is a 400 naming the fields. */
export function parseBody<S extends z.ZodMiniType>(text: string | undefined, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text ?? '');
  } catch {
    throw new HttpFailure(400, 'request body is not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw badRequest(parsed.error.issues.map((i) => ({ field: i.path.join('.'), description: i.message })));
  }
  return parsed.data;
}

/** Typed JSON answers: a mock drifting from the contract fails to compile. */
export const json = <T extends JsonBodyType>(body: T) => HttpResponse.json(body);

/**
 * Newest first. The mock's times are UTC (`…Z`), which sort as plain text; localeCompare would load
 * the browser's collator, slowly, on the demo page's main thread.
 */
const byNewest = (a: { createTime?: string }, b: { createTime?: string }) => {
  const [x, y] = [a.createTime ?? '', b.createTime ?? ''];
  return x < y ? 1 : x > y ? -1 : 0;
};

/**
 * A List call's page of `items` (those `keep` keeps), newest first: `pageSize` (1–100, default 10)
 * and `pageToken` (an opaque offset); the page, the next token (none on the last page), the total.
 */
export function paged<T extends { createTime?: string }>(
  url: URL,
  items: T[],
  keep: (item: T) => boolean,
): { page: T[]; nextPageToken?: string; totalSize: number } {
  const all = items.filter(keep).sort(byNewest);
  const pageSize = Number(url.searchParams.get('pageSize') ?? '10');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
    throw new HttpFailure(400, 'pageSize must be between 1 and 100', [{ field: 'pageSize', description: 'must be between 1 and 100' }]);
  const token = url.searchParams.get('pageToken');
  let offset = 0;
  try {
    offset = token ? Number(atob(token)) : 0;
  } catch {
    offset = NaN;
  }
  if (!Number.isInteger(offset) || offset < 0) throw new HttpFailure(400, 'invalid pageToken', [{ field: 'pageToken', description: 'invalid' }]);
  const next = offset + pageSize < all.length ? btoa(String(offset + pageSize)) : undefined;
  return { page: all.slice(offset, offset + pageSize), ...(next ? { nextPageToken: next } : {}), totalSize: all.length };
}
