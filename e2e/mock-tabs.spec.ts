import type { Page } from '@playwright/test';
import { AWS_CLUSTER, E2E_TIMING, expect, networking, refreshUntilActive, row, test } from './fixtures';

/**
 * The mock's stored data (localStorage) is the single source of truth for every open tab: a tab
 * never writes an older copy over another tab's change, other tabs show a change soon after, and
 * stored data of a wrong shape is dropped (one warning) instead of leaving the page loading.
 */

const SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
const LOAD = 30_000;

async function createConnection(page: Page, name: string) {
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await dialog.getByLabel('Private Link Connection Name').fill(name);
  await dialog.getByLabel('Endpoint Service Name').fill(SERVICE);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, name)).toBeVisible();
}

test('a connection created in one tab survives another tab working on, and both reloading', async ({ page, context }) => {
  test.slow(); // two tabs, each loading, polling and reloading
  const errors: string[] = [];
  const tab2 = await context.newPage();
  tab2.on('pageerror', (e) => errors.push(e.message));
  // Two tabs loading on a busy 2-core machine: first paints get more time than a click's answer.
  // The tab a person works in is the one in front (Chromium throttles the others).
  await page.bringToFront();
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'orders-rds')).toBeVisible({ timeout: LOAD });
  await tab2.bringToFront();
  await tab2.goto(networking(AWS_CLUSTER));
  await expect(row(tab2, 'orders-rds')).toBeVisible({ timeout: LOAD });

  await page.bringToFront();
  await createConnection(page, 'from-tab-1');
  // Tab 2 shows it soon after, without a reload (the storage event makes it refetch).
  await tab2.bringToFront();
  await expect(row(tab2, 'from-tab-1')).toBeVisible();

  // Tab 2 works on: it polls (transitions happen in both tabs) and creates its own connection.
  await createConnection(tab2, 'from-tab-2');
  await page.bringToFront();
  await expect(row(page, 'from-tab-2')).toBeVisible();
  await tab2.bringToFront();
  // A pending acceptance polls every 30 s: the user refreshes until it is Active (as in the other specs).
  await refreshUntilActive(tab2, 'from-tab-1', 10 * (E2E_TIMING.creatingMs + E2E_TIMING.acceptanceMs));

  await Promise.all([page.reload(), tab2.reload()]);
  for (const tab of [page, tab2]) {
    await tab.bringToFront();
    await expect(row(tab, 'orders-rds')).toBeVisible({ timeout: LOAD });
    for (const name of ['kafka-events', 'from-tab-1', 'from-tab-2']) await expect(row(tab, name)).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('stored mock data of a wrong shape is dropped with one warning and the page shows the seed', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('Mock API')) warnings.push(m.text());
  });
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('broken-once')) {
      sessionStorage.setItem('broken-once', '1');
      localStorage.setItem('plc-mock-db-v2', JSON.stringify({ clusters: 'oops', connections: [{ displayName: 1 }] }));
    }
  });
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'orders-rds').getByText('Active')).toBeVisible({ timeout: LOAD });
  await expect(page.getByText('Loading cluster…')).toHaveCount(0);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('does not fit the contract');
  await page.reload();
  await expect(row(page, 'kafka-events')).toBeVisible({ timeout: LOAD });
  expect(warnings).toHaveLength(1);
});
