/**
 * The console on "TiDB Cloud" through `npm run serve`: the production build (no mock) and the signing
 * proxy, against a local digest-protected copy of the API (e2e/real-api-servers.ts). Lists, creates
 * and deletes; a wrong key's 401 reaches the page; the key is in no request, answer, built file or
 * log line; pages of other origins and foreign Host names get nothing signed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AWS_CLUSTER, networking, refreshUntilActive, row } from './fixtures';
import { CONSOLE, DIST, PORTS, PRIVATE_KEY, PUBLIC_KEY, buildConsole, startServers } from './real-api-servers';

test.describe.configure({ mode: 'serial' });

let servers: Awaited<ReturnType<typeof startServers>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  buildConsole();
  servers = await startServers();
});
test.afterAll(async () => servers?.stop());

/** Everything the browser sent and received (URLs, headers, bodies), as one text to search. */
function recordNetwork(page: Page) {
  const log: string[] = [];
  page.on('request', (r) => log.push(`${r.method()} ${r.url()} ${JSON.stringify(r.headers())} ${r.postData() ?? ''}`));
  page.on('response', async (r) => {
    log.push(`${r.status()} ${r.url()} ${JSON.stringify(await r.allHeaders())}`);
    if (r.url().includes('/v1beta1/')) log.push(await r.text().catch(() => ''));
  });
  return log;
}

test('the page’s answer preloads its first reads; the page takes them, and the API sees each once', async ({ page }) => {
  const before = servers.gate.seen.length;
  const response = await page.goto(`${CONSOLE}${networking(AWS_CLUSTER)}`);
  expect(response?.headers().link).toContain(`</v1beta1/clusters/${AWS_CLUSTER}>; rel=preload; as=fetch`);
  await expect(row(page, 'orders-rds').getByText('Active')).toBeVisible();
  // Sent by the Link header, before the page's code ran (a fetch of the page's own is 'fetch').
  const initiators = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/v1beta1/clusters/'))
        .map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).initiatorType]),
    ),
  );
  expect(initiators).toMatchObject({
    [`/v1beta1/clusters/${AWS_CLUSTER}`]: 'link',
    [`/v1beta1/clusters/${AWS_CLUSTER}/privateLinkConnections`]: 'link',
  });
  const answered = (path: string) => servers.gate.seen.slice(before).filter((r) => r.method === 'GET' && r.status === 200 && r.path === path);
  expect(answered(`/v1beta1/clusters/${AWS_CLUSTER}`)).toHaveLength(1);
  expect(answered(`/v1beta1/clusters/${AWS_CLUSTER}/privateLinkConnections`)).toHaveLength(1);
});

test('lists, creates and deletes connections through the signing proxy', async ({ page }) => {
  test.slow(); // a create and a delete that go through their states, on a busy 2-core machine
  const network = recordNetwork(page);
  const page401s: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 401) page401s.push(r.url());
  });
  const response = await page.goto(CONSOLE);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
  await expect(page).toHaveURL(`${CONSOLE}${networking(AWS_CLUSTER)}`);
  await expect(row(page, 'orders-rds').getByText('Active')).toBeVisible();
  await expect(row(page, 'kafka-events').getByText('Pending acceptance')).toBeVisible();
  // No mock in the page: no service worker serves the API.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const create = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await expect(create.getByText('use1-az1, use1-az2, use1-az4')).toBeVisible();
  await create.getByLabel('Private Link Connection Name').fill('through-the-proxy');
  await create.getByLabel('Endpoint Service Name').fill('com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create).toBeHidden();
  await refreshUntilActive(page, 'through-the-proxy', 20_000);

  await page.getByRole('button', { name: 'Actions for kafka-events' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Delete' }).click();
  const del = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  await del.getByLabel(/to confirm/).fill('kafka-events');
  // The proxy forwards the changefeeds and migrations reads: the page knows nothing uses it.
  await expect(del.getByText(/not used by any changefeed or migration/)).toBeVisible();
  await expect(del.getByRole('checkbox')).toHaveCount(0);
  await del.getByRole('button', { name: 'Delete' }).click();
  await expect(del).toBeHidden();
  await expect(row(page, 'kafka-events')).toHaveCount(0, { timeout: 20_000 });

  // What the local API saw: signed calls only (a 401 is a digest challenge, answered by the proxy).
  const seen = servers.gate.seen;
  expect(seen.filter((r) => r.method === 'POST' && r.status === 200 && r.path.endsWith('/privateLinkConnections'))).toHaveLength(1);
  expect(seen.filter((r) => r.method === 'DELETE' && r.status === 200)).toHaveLength(1);
  expect(seen.filter((r) => r.status === 401)).toHaveLength(1); // one challenge, then its nonce with growing counts
  expect(page401s).toEqual([]);

  // The key is nowhere the browser could see it; the browser never sent credentials.
  const text = network.join('\n');
  expect(text).toContain('/v1beta1/clusters');
  expect(text).not.toContain(PRIVATE_KEY);
  expect(text).not.toMatch(/"authorization"|www-authenticate/i);
  // An audit line per forwarded call, without key, Authorization or body.
  const audit = servers.serveLines.filter((l) => l.startsWith('[tidbcloud-proxy]'));
  expect(audit.some((l) => / POST \/v1beta1\/clusters\/\d+\/privateLinkConnections 200 \d+ms$/.test(l))).toBe(true);
  expect(audit.some((l) => / DELETE \/v1beta1\/clusters\/\d+\/privateLinkConnections\/\S+ 200 \d+ms$/.test(l))).toBe(true);
  for (const line of servers.serveLines) expect(line).not.toMatch(new RegExp(`${PRIVATE_KEY}|${PUBLIC_KEY}|Digest |through-the-proxy`));
});

test('the built files never contain the private key', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
  const all = files(DIST);
  expect(all.length).toBeGreaterThan(3);
  for (const f of all) expect(readFileSync(f, 'utf8').includes(PRIVATE_KEY), f).toBe(false);
});

test('a wrong key: the API’s 401 reaches the page, without the browser’s login box', async ({ page }) => {
  const answer = page.waitForResponse((r) => r.url().includes('/v1beta1/clusters') && r.status() === 401);
  await page.goto(`http://localhost:${PORTS.wrongKey}/`);
  const res = await answer;
  expect(res.headers()['www-authenticate']).toBeUndefined(); // no browser login box
  expect(await res.json()).toMatchObject({ code: 16 });
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(row(page, 'orders-rds')).toHaveCount(0);
  expect(servers.wrongLines.some((l) => / GET \/v1beta1\/clusters 401 \d+ms$/.test(l))).toBe(true);
});

/** A request with the Host header we choose (a browser would send the attacker's DNS name). */
const withHost = (path: string, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: PORTS.serve, path, headers: { host }, setHost: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

test('pages of other origins and foreign Host names reach nothing; the console still works', async ({ page, context }) => {
  test.slow(); // two other origins' pages, then the console
  const before = servers.gate.seen.length;
  const refusedCreates = () => servers.serveLines.filter((l) => / POST \S+\/privateLinkConnections 403 \d+ms refused \(/.test(l)).length;
  for (const origin of [`http://127.0.0.1:${PORTS.attacker}`, `http://localhost:${PORTS.attacker}`]) {
    const attacker = await context.newPage();
    await attacker.goto(`${origin}/?cluster=${AWS_CLUSTER}`);
    const creates = refusedCreates();
    expect(await attacker.evaluate(() => (window as unknown as { attack: () => Promise<string> }).attack())).toBe('done');
    // Two no-cors fetches and the form: refused. The form's answer is not even shown in the other
    // origin's frame (the proxy's answers carry frame-ancestors 'none').
    await expect.poll(refusedCreates).toBe(creates + 3);
    await expect(attacker.frameLocator('iframe').locator('body')).not.toContainText('not a call this console makes');
    await attacker.close();
  }
  const rebind = `rebind.attacker.example:${PORTS.serve}`;
  expect(await withHost(`/v1beta1/clusters/${AWS_CLUSTER}/privateLinkConnections?pageSize=100`, rebind)).toBe(403);
  expect(await withHost('/', rebind)).toBe(403);
  expect(servers.gate.seen.length, 'nothing reached the digest-protected API').toBe(before);
  const refused = servers.serveLines.filter((l) => l.includes(' refused ('));
  expect(refused.length).toBeGreaterThanOrEqual(9);

  await page.goto(CONSOLE);
  await expect(row(page, 'orders-rds').getByText('Active')).toBeVisible();
  await expect(row(page, 'from-a-form')).toHaveCount(0);
  await expect(row(page, 'from-no-cors')).toHaveCount(0);
  expect(servers.gate.seen.length).toBeGreaterThan(before);
});

/**
 * Issue 27 on the stand-in API, through the proxy: a connection used by one migration and no
 * changefeed, and the project's name from the account API (and IDs when it fails).
 */
test('migrations and project names through the proxy, on the stand-in API', async ({ page }) => {
  await page.goto(CONSOLE);
  await expect(row(page, 'orders-rds').getByText('Active')).toBeVisible();

  servers.db.removeChangefeeds({ connectionId: 'plc-4mzq8r2t6w1y3b5d7f9h' }); // orders-rds keeps its migration only
  await page.reload();
  await expect(row(page, 'orders-rds').getByText('1 migration', { exact: true })).toBeVisible();
  await expect(page.getByTestId('breadcrumb-project')).toHaveText('Production');
  await page.getByRole('button', { name: 'Show details of orders-rds' }).click();
  await expect(page.getByRole('region', { name: 'Used by changefeeds and migrations' }).getByText('orders-from-rds')).toBeVisible();
  await page.getByRole('button', { name: 'Actions for orders-rds' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Delete' }).click();
  const del = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  await expect(del.getByRole('checkbox', { name: 'I understand 1 migration will stop working' })).toBeVisible();
  await expect(del.getByText('orders-from-rds')).toBeVisible();
  await del.getByLabel(/to confirm/).fill('orders-rds');
  await expect(del.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await page.keyboard.press('Escape');

  // The account API and the migrations failing: IDs, "Usage unknown", the rows all the same.
  servers.db.setFault('listProjects', { kind: 'http', status: 403 });
  servers.db.setFault('listMigrations', { kind: 'http', status: 403 });
  await page.reload();
  await expect(row(page, 'orders-rds').getByText('Usage unknown')).toBeVisible();
  await expect(page.getByTestId('breadcrumb-project')).toHaveText('1372813089191121286');
  await expect(page.getByRole('alert')).toHaveCount(0);
  servers.db.clearFaults();
});

// Last: after the API's 429 the proxy holds the key for its Retry-After (up to a minute), answering
// 429 itself, so no test after this one could reach the API.
test('a 429 past the key’s limit reaches the page with Retry-After and X-Ratelimit-*', async ({ page }) => {
  servers.gate.setRatePerMinute(0);
  try {
    const answer = page.waitForResponse((r) => r.url().includes('/v1beta1/') && r.status() === 429);
    await page.goto(CONSOLE);
    const headers = (await answer).headers();
    expect(headers['x-ratelimit-limit-minute']).toBe('0');
    expect(headers['x-ratelimit-remaining-minute']).toBe('0');
    expect(Number(headers['x-ratelimit-reset'])).toBeGreaterThan(0);
    expect(Number(headers['retry-after'])).toBeGreaterThan(0);
  } finally {
    servers.gate.setRatePerMinute(100_000);
  }
});
