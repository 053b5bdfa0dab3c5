// @ts-check
/**
 * The proxy's settings: from the environment, else from `.env.local` beside package.json (ignored by
 * git; see .env.example). The environment wins over the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/** @param {string} [root] the project folder @param {NodeJS.ProcessEnv} [env] */
export function readSettings(root = process.cwd(), env = process.env) {
  const file = join(root, '.env.local');
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  const get = (/** @type {string} */ name) => env[name] || fromFile[name] || '';
  const list = (/** @type {string} */ name) =>
    get(name)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const publicKey = get('TIDBCLOUD_PUBLIC_KEY');
  const privateKey = get('TIDBCLOUD_PRIVATE_KEY');
  return {
    /** Both keys, or undefined when either is missing (then the console runs on its mock in dev). */
    keys: publicKey && privateKey ? { publicKey, privateKey } : undefined,
    /** Only one of the two: a mistake worth saying. */
    halfSet: Boolean(publicKey) !== Boolean(privateKey),
    apiBase: get('TIDBCLOUD_API_BASE') || undefined,
    /** The account API (projects), another host: default https://iam.tidbapi.com. */
    iamApiBase: get('TIDBCLOUD_IAM_API_BASE') || undefined,
    /** Lets an API base be plain http:// off this machine (refused otherwise). */
    allowHttpApiBase: /^(1|true|yes)$/i.test(get('TIDBCLOUD_ALLOW_HTTP_API_BASE')),
    /** Without keys: an API that needs no signature (e.g. `npm run api`), which `npm run preview` forwards /v1beta1 to as is. */
    upstream: get('API_UPSTREAM') || undefined,
    /** Host names besides localhost, 127.0.0.1 and [::1] that the server answers to. */
    allowedHosts: list('CONSOLE_ALLOWED_HOSTS'),
    /** Origins besides http://<Host> that may change things (a deployment behind HTTPS). */
    origins: list('CONSOLE_ORIGINS'),
  };
}
