// @ts-check
/**
 * The calls this console makes to TiDB Cloud's API, and nothing else: the signing proxy forwards a
 * request only when its method and raw path match one of these, with only the query parameters the
 * API documents for that call (all of them reads: paging and filters). The path is matched as the API
 * will see it, never repaired: `.`/`..` segments, encoded slashes or backslashes, double slashes and
 * anything outside plain ID characters are refused, so no path can climb from an allowed prefix to
 * another resource once normalized upstream.
 */

/** An ID segment: what TiDB Cloud's IDs are made of (digits, letters, `-`, `_`, `.`, `~`). */
const ID = '(?!\\.{1,2}(?:/|:|$))[A-Za-z0-9._~-]+';

/**
 * @typedef {{ name: string, method: string, pattern: RegExp, query: string[] }} Route
 * @type {Route[]}
 */
export const ROUTES = [
  { name: 'list clusters', method: 'GET', pattern: route('/v1beta1/clusters'), query: ['pageSize', 'pageToken', 'filter', 'orderBy', 'skip'] },
  { name: 'get a cluster', method: 'GET', pattern: route(`/v1beta1/clusters/${ID}`), query: ['view'] },
  { name: 'list private link connections', method: 'GET', pattern: route(`/v1beta1/clusters/${ID}/privateLinkConnections`), query: ['pageSize', 'pageToken', 'state'] },
  { name: 'create a private link connection', method: 'POST', pattern: route(`/v1beta1/clusters/${ID}/privateLinkConnections`), query: [] },
  { name: 'get a private link connection', method: 'GET', pattern: route(`/v1beta1/clusters/${ID}/privateLinkConnections/${ID}`), query: [] },
  { name: 'delete a private link connection', method: 'DELETE', pattern: route(`/v1beta1/clusters/${ID}/privateLinkConnections/${ID}`), query: [] },
  { name: 'availability zones', method: 'GET', pattern: route(`/v1beta1/clusters/${ID}/privateLinkConnections:getAvailabilityZones`), query: [] },
  { name: 'attach domains', method: 'POST', pattern: route(`/v1beta1/clusters/${ID}/privateLinkConnections/${ID}:attachDomains`), query: [] },
  { name: 'detach domains', method: 'POST', pattern: route(`/v1beta1/clusters/${ID}/privateLinkConnections/${ID}:detachDomains`), query: [] },
  { name: 'list changefeeds', method: 'GET', pattern: route(`/v1beta1/clusters/${ID}/changefeeds`), query: ['pageSize', 'pageToken', 'changefeedType'] },
];

/** @param {string} source */
function route(source) {
  return new RegExp(`^${source}$`);
}

/** True for what the proxy handles at all (anything else is the page's own files). @param {string} rawUrl */
export const isApiPath = (rawUrl) => rawUrl === '/v1beta1' || rawUrl.startsWith('/v1beta1/') || rawUrl.startsWith('/v1beta1?');

/**
 * Checks a request line against the allow-list.
 * @param {string} method
 * @param {string} rawUrl the request target exactly as received (path and query, not decoded)
 * @returns {{ ok: true, route: Route } | { ok: false, reason: string }}
 */
export function checkCall(method, rawUrl) {
  const q = rawUrl.indexOf('?');
  const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const query = q === -1 ? '' : rawUrl.slice(q + 1);
  if (/%(2f|5c)/i.test(path) || path.includes('\\')) return { ok: false, reason: 'an encoded slash or a backslash in the path' };
  if (path.includes('//')) return { ok: false, reason: 'a double slash in the path' };
  const segments = path.split('/').slice(1);
  if (segments.some((s) => /^(\.|%2e){1,2}(:|$)/i.test(s))) return { ok: false, reason: 'a "." or ".." segment in the path' };
  if (rawUrl.includes('#')) return { ok: false, reason: 'a fragment in the request' };
  const candidates = ROUTES.filter((r) => r.pattern.test(path));
  if (!candidates.length) return { ok: false, reason: 'an unknown path' };
  const match = candidates.find((r) => r.method === method);
  if (!match) return { ok: false, reason: `${method} on this path` };
  const names = query === '' ? [] : query.split('&').map((pair) => pair.split('=')[0]);
  const seen = new Set();
  for (const name of names) {
    if (!match.query.includes(name)) return { ok: false, reason: `an unknown query parameter` };
    if (seen.has(name)) return { ok: false, reason: `a repeated query parameter` };
    seen.add(name);
  }
  return { ok: true, route: match };
}
