import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createMswApp } from '@mswjs/http-middleware';
import { http } from 'msw';
import { DB_STORAGE_KEY, DEFAULT_TIMING, type MockTiming } from './config';
import { MockDb } from './db';
import { fileStorage } from './file-storage';
import { createHandlers } from './handlers';
import { errorResponse } from './http/respond';

export interface ApiServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the mock is for this machine only. */
  host?: string;
  /** Delay before each answer (default 0). */
  latencyMs?: number;
  /** Lifecycle timing beyond latency (defaults as in the browser). */
  timing?: Partial<MockTiming>;
  /** Where the data is kept across restarts (JSON); without it, in memory only. */
  stateFile?: string;
  /** Runs before the mock on every request (e.g. an auth check); call `next()` to go on. */
  before?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}

export interface ApiServer {
  url: string;
  port: number;
  db: MockDb;
  close(): Promise<void>;
}

/**
 * The mocked API over HTTP: the same MSW handlers as in the browser and in tests
 * (@mswjs/http-middleware), e.g. for a production build without the mock (`npm run api`).
 * Unknown paths answer 404 in the API's error shape.
 */
export async function createApiServer(opts: ApiServerOptions = {}): Promise<ApiServer> {
  const db = new MockDb({
    timing: { ...DEFAULT_TIMING, ...opts.timing, latencyMs: opts.latencyMs ?? 0 },
    storage: opts.stateFile ? fileStorage(opts.stateFile) : undefined,
    storageKey: DB_STORAGE_KEY,
  });
  const notFound = http.all('*', ({ request }) =>
    errorResponse(404, `${request.method} ${new URL(request.url).pathname} is not an endpoint of this API`),
  );
  const app = createMswApp(...createHandlers(db), notFound);
  const before = opts.before ?? ((_req, _res, next) => next());
  const server = createHttpServer((req, res) => before(req, res, () => app(req, res)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
