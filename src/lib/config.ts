/**
 * Mock API on: in dev unless VITE_MOCK_API=false, in a build only with VITE_MOCK_API=true. A plain
 * constant expression, so a build without the mock drops the mock's code entirely.
 */
export const MOCK_API =
  import.meta.env.VITE_MOCK_API === 'true' || (import.meta.env.DEV && import.meta.env.VITE_MOCK_API !== 'false');

/** Runtime configuration read from Vite env variables (see README). */
export const config = {
  /** Base URL of the TiDB Cloud API; empty means same origin (the mock, or a proxy). */
  apiBaseUrl: (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '',
  /** A request that has not answered after this long is aborted. */
  requestTimeoutMs: Number(import.meta.env.VITE_REQUEST_TIMEOUT_MS ?? 15000),
};
