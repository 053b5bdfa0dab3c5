// @ts-check
/**
 * The API reads a console address starts first, as the `Link` header of its HTML answer, so that
 * the browser sends them beside the page's own files rather than after its code has run: on `/`,
 * the clusters (to go to the first one's page); on a cluster's Networking page, the cluster and the
 * first page of its connections (every connection, 100 a page, when a text or usage filter needs
 * them all). They are the loaders' reads (src/app/router.tsx; src/app/preload-links.test.tsx holds
 * both to the same URLs), and the page's fetch takes the preloaded answer: same URL, a GET, CORS
 * mode, same-origin credentials.
 *
 * Only for an address whose meaning is certain: a cluster ID of plain characters and parameters as
 * the page reads them. A preload the page does not use would be a request spent for nothing.
 */

/** The API's connection states (the list's `state` filter), as the page accepts them in `?state=`. */
const STATES = ['CREATING', 'ACTIVE', 'FAILED', 'PENDING_ACCEPTANCE', 'DELETING'];
const NETWORKING = /^\/clusters\/([A-Za-z0-9_-]+)\/settings\/networking$/;

/**
 * The same-origin API paths the page at `address` (path and query) reads first; none elsewhere.
 * @param {string} address
 * @returns {string[]}
 */
export function firstReads(address) {
  if (!address.startsWith('/')) return [];
  // Appended, not resolved: `//host/…` stays a path here, as in the browser's address (and a
  // path after an origin is always a URL).
  const url = new URL(`http://console.invalid${address}`);
  if (url.pathname === '/') return ['/v1beta1/clusters?pageSize=100'];
  const match = NETWORKING.exec(url.pathname);
  if (!match) return [];
  const cluster = `/v1beta1/clusters/${match[1]}`;
  // The first of a repeated name wins, as in the page (src/app/search.ts).
  const param = (/** @type {string} */ name) => url.searchParams.get(name)?.trim() ?? '';
  const state = param('state').toUpperCase();
  const usage = param('usage').toLowerCase();
  const all = param('q') !== '' || usage === 'used' || usage === 'unused';
  const list = new URLSearchParams({ pageSize: all ? '100' : '20' });
  if (STATES.includes(state)) list.set('state', state);
  return [cluster, `${cluster}/privateLinkConnections?${list}`];
}

/**
 * The `Link` header that preloads them, or undefined.
 * @param {string} address
 */
export function preloadLinks(address) {
  const reads = firstReads(address);
  return reads.length ? reads.map((path) => `<${path}>; rel=preload; as=fetch; crossorigin`).join(', ') : undefined;
}
