// @ts-check
/**
 * The signing proxy inside Vite: with TiDB Cloud API keys set (environment or .env.local),
 * `npm start` (and `vite preview`) forward the console's calls under /v1beta1 to TiDB Cloud's API
 * and under /iam to its account API, signed, with the same allow-list and checks as `npm run serve`
 * (server/proxy.mjs). Without keys the plugin does nothing and the console runs on its mock, except
 * that `vite preview` forwards /v1beta1 (and /iam/v1beta1 as /v1beta1) unsigned to API_UPSTREAM
 * when it is set (a build without the mock against `npm run api`:
 *   VITE_MOCK_API= npm run build && API_UPSTREAM=http://127.0.0.1:4010 npm run preview).
 * Whenever `vite preview` forwards the API, its pages preload their first reads, as `npm run serve`'s do.
 */
import { readSettings } from './env.mjs';
import { preloadLinks } from './first-reads.mjs';
import { isLoopback } from './guards.mjs';
import { limitClients } from './limits.mjs';
import { createProxy } from './proxy.mjs';

/**
 * @param {ReturnType<typeof readSettings>} [settings]
 * @returns {import('vite').Plugin}
 */
export function tidbCloudProxy(settings = readSettings()) {
  const keys = settings.keys;
  /** @param {import('vite').ViteDevServer | import('vite').PreviewServer} server @param {'server' | 'preview'} kind */
  const install = (server, kind) => {
    if (!keys) {
      if (kind === 'preview' && settings.upstream) server.config.logger.info(`API_UPSTREAM set: /v1beta1 goes to ${settings.upstream}, unsigned.`);
      if (settings.halfSet) server.config.logger.warn('Only one of TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY is set: running on the mock.');
      return;
    }
    const proxy = createProxy({
      ...keys,
      apiBase: settings.apiBase,
      iamApiBase: settings.iamApiBase,
      allowHttpApiBase: settings.allowHttpApiBase,
      allowedHosts: settings.allowedHosts,
      origins: settings.origins,
      log: (line) => server.config.logger.info(line),
    });
    const host = server.config[kind].host;
    if (host !== undefined && host !== false && !(typeof host === 'string' && isLoopback(host))) {
      server.config.logger.warn(
        `WARNING: listening beyond this machine (host ${String(host)}): anyone who can reach it acts with your TiDB Cloud API key (within the calls this console makes).`,
      );
    }
    server.config.logger.info(`TiDB Cloud API keys set: /v1beta1 goes to ${proxy.apiBase} and /iam to ${proxy.iamApiBase}, signed; no mock.`);
    if (server.httpServer && 'maxConnections' in server.httpServer) limitClients(/** @type {import('node:http').Server} */ (server.httpServer));
    server.middlewares.use(proxy.middleware);
  };
  return {
    name: 'tidbcloud-signing-proxy',
    // Vite's own Host check (server.allowedHosts) comes first: it must know the configured names too.
    config: () => {
      if (!keys) {
        if (!settings.upstream) return undefined;
        const target = settings.upstream;
        return { preview: { proxy: { '/v1beta1': { target, changeOrigin: true }, '/iam/': { target, changeOrigin: true, rewrite: (path) => path.slice('/iam'.length) } } } };
      }
      return settings.allowedHosts.length ? { server: { allowedHosts: settings.allowedHosts }, preview: { allowedHosts: settings.allowedHosts } } : undefined;
    },
    configureServer: (server) => install(server, 'server'),
    configurePreviewServer: (server) => {
      install(server, 'preview');
      if (keys || settings.upstream) server.middlewares.use(preloadFirstReads);
    },
  };
}

/**
 * Adds the `Link` header of first-reads.mjs to a page's answer (Vite serves index.html after it).
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {() => void} next
 */
function preloadFirstReads(req, res, next) {
  const links = req.method === 'GET' || req.method === 'HEAD' ? preloadLinks(req.url ?? '/') : undefined;
  if (links) res.setHeader('Link', links);
  next();
}

/** True when the keys are set: the dev server then runs without the mock. */
export const keysSet = (settings = readSettings()) => Boolean(settings.keys);
