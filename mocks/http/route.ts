import { delay, type HttpResponseResolver } from 'msw';
import type { MockDb } from '../db';
import type { Endpoint, Fault } from '../faults';
import type { MockData } from '../model';
import { errorResponse, faultResponse, HttpFailure } from './respond';

/** The request log keeps the latest requests only. */
const MAX_LOGGED = 10_000;

export interface RouteContext {
  data: MockData;
  params: Record<string, string>;
  url: URL;
  /** The request body as text (undefined for GET and DELETE). */
  body: string | undefined;
  now: number;
}

/**
 * Every handler runs through here: request log, latency, faults, then the work on the latest
 * stored state (load, transitions due, work, save if changed) in one synchronous step, so that
 * two tabs (or processes) on the same storage never write over each other's changes.
 */
export function route(db: MockDb, endpoint: Endpoint, work: (ctx: RouteContext) => Response): HttpResponseResolver {
  return async ({ request, params }) => {
    const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.text();
    db.requests.push({ endpoint, method: request.method, url: request.url, body });
    if (db.requests.length > MAX_LOGGED) db.requests.splice(0, db.requests.length - MAX_LOGGED); // a long-running server
    if (db.timing.latencyMs > 0) await delay(db.timing.latencyMs);
    const fault = db.takeFault(endpoint);
    const hold = db.takeHold(endpoint);
    if (fault && fault.kind !== 'late' && !fault.afterWork) {
      if (fault.kind === 'hang') await delay('infinite');
      return faultResponse(fault as Exclude<Fault, { kind: 'hang' | 'late' }>);
    }
    const plain = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
    const url = new URL(request.url);
    let answer: Response;
    try {
      answer = db.change((data) => work({ data, params: plain, url, body, now: Date.now() }));
    } catch (e) {
      if (e instanceof HttpFailure) return errorResponse(e.status, e.message, e.fieldViolations);
      console.error('Mock API: unexpected failure', e);
      return errorResponse(500, 'internal error');
    }
    // The work is done; only the answer is held, lost, late or replaced by a failure.
    if (hold) await hold;
    if (fault?.kind === 'late') {
      await delay(fault.ms);
      return answer;
    }
    if (fault?.kind === 'hang') await delay('infinite');
    return fault ? faultResponse(fault as Exclude<Fault, { kind: 'hang' | 'late' }>) : answer;
  };
}
