import type { Page } from '@playwright/test';
import { AWS_CLUSTER, expect, networking, openDetach, requestsTo, row, setFault, test } from './fixtures';

/** Issue 17 in a real browser: outcomes told truly, offline and rate limits as states, never blank, the address checked. */
const AWS_SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

test('a create whose answer never comes, though it was made: recognised in the list, reported created, one request, no duplicate', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
  const create = page.getByRole('button', { name: 'Create Private Link Connection' });
  await create.click();
  const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  // Opens on the name field, not on ×.
  await expect(dialog.getByLabel('Private Link Connection Name')).toBeFocused();
  await dialog.getByLabel('Private Link Connection Name').fill('made-silently');
  await dialog.getByLabel('Endpoint Service Name').fill(AWS_SERVICE);
  // Slow lifecycle: the notice speaks of "being created" only while it is (it goes once Active).
  await page.evaluate(() => window.__plcMock!.setTiming({ creatingMs: 120_000 }));
  await setFault(page, 'createConnection', { kind: 'hang', afterWork: true, times: 1 });
  await dialog.getByRole('button', { name: 'Create' }).click();
  // The e2e build gives up after 4 s; then the list is read and the connection found by name.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText('Private link connection "made-silently" is being created.')).toBeVisible();
  await expect(row(page, 'made-silently')).toHaveCount(1);
  expect(await requestsTo(page, 'createConnection')).toHaveLength(1);
  // Focus back on the button that opened the dialog.
  await expect(create).toBeFocused();
});

test.describe('offline before the code chunks loaded', () => {
  // A chunk that cannot load is logged by the browser (and the boundary that shows it in place).
  test.use({ allowedProblems: [/^console error: (Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED) \(http[^)]*\/assets\/|.*Failed to fetch dynamically imported module|The console could not start:)/] });

  test("the app's code cannot load: the page says so in both languages, and Reload brings it once it can", async ({ page, context }) => {
    let fail = true;
    await context.route(/\/assets\/render-app-[^/]+\.js$/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(networking(AWS_CLUSTER));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The console could not load: check your connection, then reload the page.', { timeout: 60_000 });
    await expect(alert).toContainText('控制台未能加载');
    fail = false;
    await alert.getByRole('button', { name: /Reload the page/ }).click();
    await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
  });

  test("the page's own code cannot load: said in place under the console's bar; Try again brings it, and so does coming back online", async ({ page, context }) => {
    let fail = true;
    await context.route(/\/assets\/networking-page-[^/]+\.js$/, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    const said = page.getByText('Part of the page could not be loaded. Check your connection, then try again.');
    await page.goto(networking(AWS_CLUSTER));
    await expect(said).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('banner')).toBeVisible();
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
    await expect(said).toBeHidden();
    // Again from a reload, left to the browser: back online, it tries again by itself.
    fail = true;
    await page.reload();
    await expect(said).toBeVisible({ timeout: 60_000 });
    fail = false;
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
    await expect(said).toBeHidden();
  });

  test('offline: the page stays, says so with the time of its data; a dialog whose code could not load says so, stays dismissible, loads once online (after a reload); a change waits, saying why, until online', async ({
    page,
    context,
  }) => {
    // The code loaded on demand (dialogs, menus, the developer panel) is held until the network
    // drops, then fails as it would offline: the race of going offline right after the rows show.
    // (context.route: the mock's service worker fetches what it does not answer, out of page.route's sight.)
    const initial = await pageCode(page);
    let offline: (() => void) | undefined;
    const wentOffline = new Promise<void>((resolve) => (offline = resolve));
    let online = false;
    const failed: string[] = [];
    context.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));
    await context.route(/\/assets\/[^/]+\.js$/, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (initial.has(path) || online) return route.continue();
      await wentOffline;
      if (online) return route.continue();
      await route.abort('internetdisconnected');
    });
    await page.goto(networking(AWS_CLUSTER));
    await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
    await context.setOffline(true);
    offline!();
    await expect(page.getByText('You are offline.')).toBeVisible();
    await expect(page.getByText(/Showing the data as of \d/)).toBeVisible();
    // The developer panel's code (asked for once the page's reads are done) failed: its button stays
    // and says so, trying again when used; the page stays.
    await expect.poll(() => failed.some((f) => f.includes('/mock-panel-')), { timeout: 30_000 }).toBe(true);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Mock API' })).toHaveAccessibleDescription('Could not load. Try again');
    await expect(row(page, 'orders-rds')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Private Link Connection For Dataflow/ })).toBeVisible();

    // Create's code cannot load: its dialog says so (true), and Escape closes it; the page stays.
    const open = page.getByRole('button', { name: 'Create Private Link Connection' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('could not load', { exact: false })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    await expect(row(page, 'orders-rds')).toBeVisible();

    // Offline again, nothing is sent (the mock's worker would answer even offline): the dialog says
    // why, and sends once the network is back. First, back online, the dialog tries again. Code whose fetch failed can stay failed in the browser
    // until the page reloads (a failed dependency is kept by the module map): then the dialog offers
    // Reload, which loads it.
    online = true;
    await context.setOffline(false);
    await expect(page.getByText('You are offline.')).toBeHidden();
    await open.click();
    const name = dialog.getByLabel('Private Link Connection Name');
    const reload = dialog.getByRole('button', { name: 'Reload the page' });
    await expect(name.or(reload)).toBeVisible({ timeout: 30_000 });
    if (await reload.isVisible()) {
      await reload.click();
      await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
      await open.click();
    }
    await expect(name).toBeVisible({ timeout: 30_000 });
    await context.setOffline(true);
    await dialog.getByLabel('Private Link Connection Name').fill('while-offline');
    await dialog.getByLabel('Endpoint Service Name').fill(AWS_SERVICE);
    const create = dialog.getByRole('button', { name: 'Create' });
    await expect(create).toBeDisabled();
    await expect(dialog.getByText('You are offline: nothing is sent until the network is back.')).toBeVisible();
    await dialog.getByLabel('Endpoint Service Name').press('Enter');
    expect(await requestsTo(page, 'createConnection')).toHaveLength(0);
    await context.setOffline(false);
    await expect(page.getByText('You are offline.')).toBeHidden();
    await create.click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    expect(await requestsTo(page, 'createConnection')).toHaveLength(1);
  });
});

/**
 * The code a page needs for its first rows: the files index.html names (the entry, and modulepreloaded,
 * the app's and the route page's chunks with what they import statically: scripts/route-preload.mjs).
 */
async function pageCode(page: Page): Promise<Set<string>> {
  const html = await (await page.request.get('/')).text();
  const files = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  expect([...files].some((f) => /\/networking-page-[\w-]+\.js$/.test(f))).toBe(true);
  return files;
}

test('a 429 on the list says at once that it is rate limited and when it retries', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
  await setFault(page, 'listConnections', { kind: 'http', status: 429, retryAfterSeconds: 6, times: 1 });
  await page.getByLabel('State').selectOption('ACTIVE');
  await expect(page.getByText('Rate limited by TiDB Cloud.')).toBeVisible({ timeout: 3_000 });
  // When it retries, counting down each second from the 6 s the 429 said (not frozen at 6).
  const retry = page.getByText(/^Retrying (in \d s|shortly)\.$/);
  await expect(retry).toHaveText(/^Retrying in [1-6] s\.$/);
  const said = (await retry.textContent()) ?? '';
  await expect(retry).not.toHaveText(said, { timeout: 3_000 });
  await expect(page.getByText('Rate limited by TiDB Cloud.')).toBeHidden({ timeout: 20_000 });
});

test('a malformed address reached from inside the page is a page not found, never blank', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
  await page.evaluate(() => {
    history.pushState(null, '', '/clusters/100%ZZ/settings/networking');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the address is checked: an unknown state is dropped, never sent; Back undoes a filter change', async ({ page }) => {
  await page.goto(`${networking(AWS_CLUSTER)}?state=BOGUS`);
  await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
  await expect(page).not.toHaveURL(/state=/);
  await expect(page.getByLabel('State')).toHaveValue('');
  expect((await requestsTo(page, 'listConnections')).some((r) => r.url.includes('BOGUS'))).toBe(false);
  await page.getByLabel('State').selectOption('PENDING_ACCEPTANCE');
  await expect(page).toHaveURL(/state=PENDING_ACCEPTANCE/);
  await expect(row(page, 'orders-rds')).toBeHidden();
  await page.goBack();
  await expect(page).not.toHaveURL(/state=/);
  await expect(page.getByLabel('State')).toHaveValue('');
  await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
});

test('prefers-reduced-motion: the pending badge does not pulse', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(networking(AWS_CLUSTER));
  const badge = row(page, 'kafka-events').getByText('Pending acceptance');
  await expect(badge).toBeVisible({ timeout: 60_000 });
  const dot = badge.locator('xpath=..').locator('span[aria-hidden="true"]').first();
  expect(await dot.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

test('the page is in the address: a reload keeps it, Back undoes a page turn, focus stays on the pager; Clear filters is one entry', async ({ page }) => {
  await page.goto(`${networking(AWS_CLUSTER)}?mock-seed=50`); // 52: pages of 20, 20 and 12
  const count = page.getByRole('status').filter({ hasText: /^\d+ connections?$/ });
  await expect(count).toHaveText('52 connections', { timeout: 60_000 });
  const next = page.getByRole('button', { name: 'Next' });
  const previous = page.getByRole('button', { name: 'Previous' });
  await next.click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByTestId('connection-row')).toHaveCount(20);
  await next.click();
  await expect(page).toHaveURL(/[?&]page=3/);
  await expect(page.getByTestId('connection-row')).toHaveCount(12);
  // Next is spent on the last page: focus on Previous, not <body>.
  await expect(previous).toBeFocused();
  await page.reload();
  await expect(page.getByTestId('connection-row')).toHaveCount(12, { timeout: 60_000 });
  await expect(page).toHaveURL(/[?&]page=3/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByTestId('connection-row')).toHaveCount(20);
  // A filter change goes to the first page; Clear filters then Back brings every filter back at once.
  await page.getByLabel('State').selectOption('FAILED');
  await expect(page).not.toHaveURL(/[?&]page=/);
  await page.getByRole('searchbox', { name: 'Filter' }).fill('no-such-connection');
  await expect(page.getByRole('status').filter({ hasText: 'No connection matches' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/[?&](q|state)=/);
  await expect(count).toHaveText('52 connections');
  await page.goBack();
  await expect(page).toHaveURL(/state=FAILED/);
  await expect(page).toHaveURL(/q=no-such-connection/);
  await expect(page.getByLabel('State')).toHaveValue('FAILED');
});

test('Detach Domains on domains detached elsewhere (404, the connection still there) says they were already detached and refreshes', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  const dialog = await openDetach(page, 'orders-rds');
  await expect(dialog.getByRole('radio', { name: /dvs6nl5jgveztmla3pxkxgh76i/ })).toBeChecked();
  await dialog.getByRole('checkbox', { name: /I understand that after detaching/ }).check();
  await dialog.getByRole('checkbox', { name: /will stop reaching (their sinks|its sink)/ }).check();
  // Detached elsewhere (another tab, the CLI) while the dialog is open.
  await page.evaluate(() => {
    const data = window.__plcMock!.db.data;
    data.attachDomains = data.attachDomains.filter((a) => a.attachDomainId !== 'ad-3c5e7g9i1k3m5o7q');
  });
  const lists = (await requestsTo(page, 'listConnections')).length;
  await dialog.getByRole('button', { name: 'Detach Domains' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Already detached.');
  await expect(alert).toContainText('These domains were already detached');
  await expect(alert).not.toContainText('no longer exists');
  await expect(dialog.getByText('No domains are attached to this connection.')).toBeVisible();
  await expect.poll(async () => (await requestsTo(page, 'listConnections')).length).toBeGreaterThan(lists);
  await page.keyboard.press('Escape');
  await expect(row(page, 'orders-rds')).toBeVisible();
});
