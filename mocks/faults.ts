/**
 * Deterministic fault injection for the mocked API (see mocks/README.md). Shared by unit tests,
 * Playwright (through `window.__plcMock` in the browser) and Storybook.
 */
export const ENDPOINTS = [
  'listClusters',
  'getCluster',
  'listConnections',
  'createConnection',
  'getConnection',
  'deleteConnection',
  'getAvailabilityZones',
  'attachDomains',
  'detachDomains',
  'listChangefeeds',
  'getChangefeed',
  'listMigrations',
  'listProjects',
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/**
 * `afterWork`: the request is carried out first and only its answer fails (an outcome the client
 * cannot know). `late`: carried out when it arrives, answered `ms` later (a reply overtaken by newer ones).
 */
export type Fault =
  | { kind: 'http'; status: number; message?: string; code?: number; fieldViolations?: { field: string; description: string }[]; retryAfterSeconds?: number; times?: number; afterWork?: boolean }
  | { kind: 'hang'; times?: number; afterWork?: boolean }
  | { kind: 'network'; times?: number; afterWork?: boolean }
  | { kind: 'late'; ms: number; times?: number };

/**
 * One `?mock-fault=` of a page's address (mocks/browser.ts): `<endpoint>:<status>`, `:hang`,
 * `:network` or `:late:<ms>`. Anything else is no fault (undefined): a typo changes nothing.
 */
export function parseFaultParam(spec: string): [Endpoint, Fault] | undefined {
  const [name = '', answer = '', ms] = spec.split(':');
  const endpoint = ENDPOINTS.find((e) => e === name);
  if (!endpoint) return undefined;
  if (answer === 'hang' || answer === 'network') return [endpoint, { kind: answer }];
  if (answer === 'late') {
    const delay = Number(ms);
    return Number.isInteger(delay) && delay > 0 ? [endpoint, { kind: 'late', ms: delay }] : undefined;
  }
  const status = Number(answer);
  return Number.isInteger(status) && status >= 400 && status <= 599 ? [endpoint, { kind: 'http', status }] : undefined;
}

/** gRPC status codes the API puts in `code` for each HTTP status. */
export const GRPC_CODE: Record<number, number> = {
  400: 3,
  401: 16,
  403: 7,
  404: 5,
  409: 6,
  429: 8,
  500: 13,
  501: 12,
  503: 14,
  504: 4,
};

export const DEFAULT_FAULT_MESSAGE: Record<number, string> = {
  400: 'invalid argument',
  403: 'permission denied: the API key does not have the Project Owner role',
  404: 'resource not found',
  409: 'the private link connection is in a state that does not allow this operation',
  429: 'rate limit exceeded',
  500: 'internal error',
  503: 'service unavailable',
};
