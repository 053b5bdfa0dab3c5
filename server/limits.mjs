// @ts-check
/**
 * Limits for the clients of the console's HTTP servers (`npm run serve`, and the dev and preview
 * servers with keys set): a slow or stalled client is cut off instead of holding a connection, and
 * the number of open connections stays well below the process's file limit.
 */

export const CLIENT_LIMITS = {
  /** Until the request's headers are in (Node's default: 60 s). */
  headersTimeoutMs: 10_000,
  /** Until the whole request (headers and body) is in (Node's default: 300 s). */
  requestTimeoutMs: 30_000,
  /** Open connections at most; more are closed at once. A browser opens at most 6 to one host. */
  maxConnections: 64,
  /** How often Node checks the two timeouts above (its default, 30 s, would stretch them). */
  checkIntervalMs: 1_000,
};

/** Options for `http.createServer` with these limits. @param {typeof CLIENT_LIMITS} [limits] */
export const serverOptions = (limits = CLIENT_LIMITS) => ({
  headersTimeout: limits.headersTimeoutMs,
  requestTimeout: limits.requestTimeoutMs,
  connectionsCheckingInterval: limits.checkIntervalMs,
});

/**
 * Applies the limits to a server already made (Vite's): the check interval is fixed at creation,
 * so there a timeout may strike up to 30 s late.
 * @param {import('node:http').Server} server @param {typeof CLIENT_LIMITS} [limits]
 */
export function limitClients(server, limits = CLIENT_LIMITS) {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.maxConnections = limits.maxConnections;
  return server;
}
