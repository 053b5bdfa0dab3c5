// @ts-check
/**
 * The calls this console makes to TiDB Cloud's APIs, and nothing else: the signing proxy forwards a
 * request only when its method and raw path match one of these, with only the query parameters the
 * API documents for that call (all of them reads: paging and filters), each value of the kind that
 * parameter takes. The path is matched as the API will see it, never repaired: `.`/`..` segments,
 * encoded slashes or backslashes, double slashes and anything outside the characters real IDs use
 * are refused, so no path can climb from an allowed prefix to another resource once normalized
 * upstream.
 */

/** A cluster ID: digits (TiDB Cloud's cluster IDs are 19-digit numbers; lengths are not published). */
const CLUSTER = '[0-9]+';
/** A private link connection ID: letters, digits and `-` (`plc-…`). */
const CONNECTION = '[A-Za-z0-9-]+';

/**
 * A query value as URLSearchParams writes it: unreserved characters, `+` for a space, `%XX` for the
 * rest; decoded, no control character. The checks below then say what each parameter holds.
 * @param {string} raw @returns {string | undefined} the decoded value, or undefined when malformed
 */
function decodeValue(raw) {
  if (!/^(?:[A-Za-z0-9*._~+-]|%[0-9A-Fa-f]{2})*$/.test(raw)) return undefined;
  let value;
  try {
    value = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
  return /[\u0000-\u001f\u007f]/.test(value) ? undefined : value;
}

/** @typedef {(value: string) => boolean} ValueCheck */
/** @type {ValueCheck} */
const integer = (v) => /^[0-9]{1,9}$/.test(v);
/** An opaque page token: whatever the API handed out, within reason. @type {ValueCheck} */
const token = (v) => v.length > 0 && v.length <= 2048;
/** @param {string[]} values @returns {ValueCheck} */
const oneOf = (values) => (v) => values.includes(v);
/** Free text the API parses itself (filter, orderBy): bounded. @type {ValueCheck} */
const text = (v) => v.length > 0 && v.length <= 1024;

const PAGING = { pageSize: integer, pageToken: token };

/**
 * `api`: which API base the call goes to (`cloud`: TIDBCLOUD_API_BASE, `iam`: the account API,
 * TIDBCLOUD_IAM_API_BASE); `upstreamPath`: the path there when it differs from the page's.
 * @typedef {{ name: string, method: string, pattern: RegExp, query: Record<string, ValueCheck>,
 *   api: 'cloud' | 'iam', upstreamPath?: (path: string) => string }} Route
 * @type {Route[]}
 */
export const ROUTES = [
  { name: 'list clusters', method: 'GET', pattern: route('/v1beta1/clusters'), api: 'cloud', query: { ...PAGING, filter: text, orderBy: text, skip: integer } },
  { name: 'get a cluster', method: 'GET', pattern: route(`/v1beta1/clusters/${CLUSTER}`), api: 'cloud', query: { view: oneOf(['BASIC', 'FULL']) } },
  {
    name: 'list private link connections',
    method: 'GET',
    pattern: route(`/v1beta1/clusters/${CLUSTER}/privateLinkConnections`),
    api: 'cloud',
    query: { ...PAGING, state: oneOf(['CREATING', 'ACTIVE', 'FAILED', 'PENDING_ACCEPTANCE', 'DELETING']) },
  },
  { name: 'create a private link connection', method: 'POST', pattern: route(`/v1beta1/clusters/${CLUSTER}/privateLinkConnections`), api: 'cloud', query: {} },
  { name: 'get a private link connection', method: 'GET', pattern: route(`/v1beta1/clusters/${CLUSTER}/privateLinkConnections/${CONNECTION}`), api: 'cloud', query: {} },
  { name: 'delete a private link connection', method: 'DELETE', pattern: route(`/v1beta1/clusters/${CLUSTER}/privateLinkConnections/${CONNECTION}`), api: 'cloud', query: {} },
  { name: 'availability zones', method: 'GET', pattern: route(`/v1beta1/clusters/${CLUSTER}/privateLinkConnections:getAvailabilityZones`), api: 'cloud', query: {} },
  { name: 'attach domains', method: 'POST', pattern: route(`/v1beta1/clusters/${CLUSTER}/privateLinkConnections/${CONNECTION}:attachDomains`), api: 'cloud', query: {} },
  { name: 'detach domains', method: 'POST', pattern: route(`/v1beta1/clusters/${CLUSTER}/privateLinkConnections/${CONNECTION}:detachDomains`), api: 'cloud', query: {} },
  { name: 'list changefeeds', method: 'GET', pattern: route(`/v1beta1/clusters/${CLUSTER}/changefeeds`), api: 'cloud', query: { ...PAGING, changefeedType: oneOf(['KAFKA', 'MYSQL']) } },
  { name: 'list migrations', method: 'GET', pattern: route(`/v1beta1/clusters/${CLUSTER}/migrations`), api: 'cloud', query: { ...PAGING, orderBy: text } },
  // The account API lives on another host (iam.tidbapi.com): the page reaches it under /iam.
  { name: 'list projects', method: 'GET', pattern: route('/iam/v1beta1/projects'), api: 'iam', upstreamPath: (path) => path.slice('/iam'.length), query: PAGING },
];

/** @param {string} source */
function route(source) {
  return new RegExp(`^${source}$`);
}

/** @param {string} rawUrl @param {string} prefix */
const under = (rawUrl, prefix) => rawUrl === prefix || rawUrl.startsWith(`${prefix}/`) || rawUrl.startsWith(`${prefix}?`);

/** True for what the proxy handles at all (anything else is the page's own files). @param {string} rawUrl */
export const isApiPath = (rawUrl) => under(rawUrl, '/v1beta1') || under(rawUrl, '/iam');

/**
 * Checks a request line against the allow-list.
 * @param {string} method
 * @param {string} rawUrl the request target exactly as received (path and query, not decoded)
 * @returns {{ ok: true, route: Route, upstreamUrl: string } | { ok: false, reason: string }}
 *   upstreamUrl: path and query as the API is sent them
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
  const seen = new Set();
  for (const pair of query === '' ? [] : query.split('&')) {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    if (!Object.hasOwn(match.query, name)) return { ok: false, reason: `an unknown query parameter` };
    if (seen.has(name)) return { ok: false, reason: `a repeated query parameter` };
    seen.add(name);
    const value = eq === -1 ? undefined : decodeValue(pair.slice(eq + 1));
    if (value === undefined || !match.query[name](value)) return { ok: false, reason: `a value of the query parameter ${name} that it does not take` };
  }
  const upstreamPath = match.upstreamPath ? match.upstreamPath(path) : path;
  return { ok: true, route: match, upstreamUrl: upstreamPath + (q === -1 ? '' : rawUrl.slice(q)) };
}
