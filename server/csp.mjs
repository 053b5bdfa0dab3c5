// @ts-check
/**
 * The Content-Security-Policy the production build runs under (`npm run preview` and `npm run serve`
 * send it): no inline or foreign script. Styles allow 'unsafe-inline' because Radix's scroll lock
 * injects a <style> element; React's style props are CSSOM writes, which CSP does not restrict.
 * @param {string} [apiBaseUrl] the API's origin when the page calls it directly (empty: same origin)
 */
export function contentSecurityPolicy(apiBaseUrl = process.env.VITE_API_BASE_URL ?? '') {
  const api = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every page of the production build is sent with. @param {string} [apiBaseUrl] */
export const securityHeaders = (apiBaseUrl) => ({
  'Content-Security-Policy': contentSecurityPolicy(apiBaseUrl),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
});
