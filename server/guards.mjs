// @ts-check
/**
 * Who may use the signing proxy: the console's own page, in a browser on this machine (or on the
 * names the server was started for). Each check returns the reason for refusing, or undefined.
 */

/** The names a server answers to without configuration. */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** @param {string} address */
export const isLoopback = (address) => /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(address);

/**
 * The Host header names a host the server was started for (DNS rebinding: an attacker's name that
 * resolves to 127.0.0.1 is refused, on the API paths and the pages alike).
 * @param {string | undefined} host
 * @param {readonly string[]} allowedNames lower-case host names, IPv6 in brackets
 */
export function checkHost(host, allowedNames) {
  if (!host) return 'no Host header';
  let url;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return 'a malformed Host header';
  }
  if (url.host !== host.toLowerCase() || url.username || url.password) return 'a malformed Host header';
  if (![...LOOPBACK_NAMES, ...allowedNames].includes(url.hostname)) return `the host "${url.hostname}", which this server was not started for`;
  return undefined;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A call from the console's own page: never `Sec-Fetch-Site: cross-site` (nor `same-site`: another
 * port or subdomain is another page); an `Origin` or `Referer`, when there is one, names the
 * console's own origin (`http://` + its Host, or one of `origins` for a deployment behind HTTPS), on
 * reads too (a browser that sends no `Sec-Fetch-Site` still sends these); a call that changes
 * something carries that `Origin` and, when it has a body, a JSON content type. No cross-site form
 * and no `no-cors` fetch can meet both.
 * @param {{ method?: string, headers: import('node:http').IncomingHttpHeaders }} req
 * @param {readonly string[]} origins
 */
export function checkCaller(req, origins) {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return `a ${site} request`;
  const method = req.method ?? 'GET';
  const own = [`http://${(req.headers.host ?? '').toLowerCase()}`, ...origins];
  const origin = req.headers.origin;
  if (origin !== undefined && !own.includes(origin.toLowerCase())) return `a ${method} from another Origin`;
  const referer = req.headers.referer;
  if (referer !== undefined) {
    let from;
    try {
      from = new URL(referer).origin.toLowerCase();
    } catch {
      return `a ${method} with a malformed Referer`;
    }
    if (!own.includes(from)) return `a ${method} from another page (Referer)`;
  }
  if (!MUTATING.has(method)) return undefined;
  if (!origin) return `a ${method} without the console's own Origin`;
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  const json = type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
  if (method !== 'DELETE' || hasBody || type) {
    if (!json) return `a ${method} whose content type is not JSON`;
  }
  return undefined;
}
