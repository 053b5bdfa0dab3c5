import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { ALI_CLUSTER, AWS_CLUSTER, expect, networking, openRowMenu, requestsTo, row, test } from './fixtures';

/**
 * Issue 27: Data Migration tasks as users of a connection (seed: orders-from-rds, RUNNING, its
 * AWS_RDS_MYSQL source reached through orders-rds), and the names people know from the account API
 * (seed: Cluster0 in project Production, Cluster1 in Analytics). With SHOTS_DIR set, the shell is
 * photographed at 390 and 1280 px in both languages.
 */

const KAFKA_EVENTS_ENDPOINT = 'vpce-08a7b6c5d4e3f2019';
const PROJECT_ID = '1372813089191121286';
const ORG_ID = '1372813089187041280';

/** A running migration on kafka-events (no changefeed there), naming it by its endpoint's ID. */
async function migrationOnKafkaEvents(page: Page) {
  await page.goto(networking(AWS_CLUSTER));
  await page.waitForFunction(() => !!window.__plcMock);
  await page.evaluate(() => window.__plcMock!.addMigration('plc-9k2m4p6r8t0v2x4z6b8d', { displayName: 'events-from-mysql', byEndpointId: true, host: '10.0.12.7' }));
  await page.reload();
}

test('a connection used by one migration and no changefeed: used, listed in its details, and Delete names it behind the acknowledgement', async ({ page }) => {
  await migrationOnKafkaEvents(page);
  await expect(row(page, 'kafka-events').getByText('1 migration', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(row(page, 'orders-rds').getByText('2 changefeeds, 1 migration')).toBeVisible();
  expect(await requestsTo(page, 'listMigrations')).toHaveLength(1);
  // The endpoint's ID matched what the migration names (the connection's own ID is another string).
  const migrations = await page.evaluate(() => fetch(`/v1beta1/clusters/1379661944646413143/migrations?pageSize=100`).then((r) => r.text()));
  expect(migrations).toContain(KAFKA_EVENTS_ENDPOINT);
  expect(migrations).not.toMatch(/password/i);

  await page.getByLabel('Usage').selectOption({ label: 'Not in use' });
  await expect(page.getByText('No private link connection matches these filters.')).toBeVisible();
  await page.getByLabel('Usage').selectOption({ label: 'In use' });
  await expect(row(page, 'kafka-events')).toBeVisible();

  await page.getByRole('button', { name: 'Show details of kafka-events' }).click();
  const usedBy = page.getByRole('region', { name: 'Used by changefeeds and migrations' });
  await expect(usedBy.getByText('events-from-mysql')).toBeVisible();
  await expect(usedBy.getByText('Running')).toBeVisible();
  await expect(usedBy.getByText('Source 10.0.12.7:3306')).toBeVisible();
  await expect(usedBy).not.toContainText(/password/i);

  await (await openRowMenu(page, 'kafka-events')).getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  const ack = dialog.getByRole('checkbox', { name: 'I understand 1 migration will stop working' });
  await expect(ack).toBeVisible();
  await expect(dialog.getByText('These migrations reach their source databases through this connection and will stop when it is deleted:')).toBeVisible();
  await expect(dialog.getByText('events-from-mysql')).toBeVisible();
  await dialog.getByText('TiDB Cloud CLI command').click();
  await expect(dialog.getByText(`ticloud serverless migration list -c ${AWS_CLUSTER}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByLabel(/to confirm/).fill('kafka-events');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await ack.check();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  expect(await requestsTo(page, 'deleteConnection')).toHaveLength(1);
});

test('a failing migrations read: "Usage unknown", never "Not used"; the changefeeds still shown; Delete asks', async ({ page }) => {
  await page.goto(`${networking(AWS_CLUSTER)}?mock-fault=listMigrations:403`);
  await expect(row(page, 'kafka-events').getByText('Usage unknown')).toBeVisible({ timeout: 30_000 });
  await expect(row(page, 'orders-rds').getByText('Usage unknown')).toBeVisible();
  await expect(page.getByText('Not used', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show details of orders-rds' }).click();
  const usedBy = page.getByRole('region', { name: 'Used by changefeeds and migrations' });
  await expect(usedBy.getByText(/Data Migration tasks of this cluster could not be loaded/)).toBeVisible();
  await expect(usedBy.getByText('orders-to-rds')).toBeVisible();

  await (await openRowMenu(page, 'kafka-events')).getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  await expect(dialog.getByText('Usage unknown')).toBeVisible();
  await expect(dialog.getByText(/not used by any/)).toHaveCount(0);
  await dialog.getByLabel(/to confirm/).fill('kafka-events');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'I understand changefeeds and migrations may stop working' }).check();
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeEnabled();
});

test('neither the names nor the migrations hold the rows back', async ({ page }) => {
  await page.goto(`${networking(AWS_CLUSTER)}?mock-fault=listMigrations:hang&mock-fault=listProjects:hang`);
  await expect(row(page, 'orders-rds').getByText('Active')).toBeVisible({ timeout: 30_000 });
  await expect(row(page, 'orders-rds').getByText('Checking usage…')).toBeVisible();
  await expect(page.getByTestId('breadcrumb-project')).toHaveText(PROJECT_ID);
});

test('the account API failing: the page works and shows the IDs, no error box', async ({ page }) => {
  await page.goto(`${networking(AWS_CLUSTER)}?mock-fault=listProjects:503`);
  await expect(row(page, 'orders-rds').getByText('2 changefeeds, 1 migration')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => requestsTo(page, 'listProjects').then((r) => r.length)).toBeGreaterThan(0);
  await expect(page.getByTestId('breadcrumb-project')).toHaveText(PROJECT_ID);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: /^Cluster: Cluster0/ }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('group', { name: `Project ${PROJECT_ID}` })).toContainText('Cluster0');
});

for (const lang of ['en', 'zh-CN'] as const) {
  const zh = lang === 'zh-CN';
  test(`${lang}: the shell names the project (breadcrumb at 1280 px, switcher grouped by project at 390 px), read once`, async ({ page }) => {
    const shots = process.env.SHOTS_DIR;
    if (shots) mkdirSync(shots, { recursive: true });
    await page.addInitScript((l) => localStorage.setItem('console-lang', l), lang);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(networking(AWS_CLUSTER));
    const project = page.getByTestId('breadcrumb-project');
    await expect(project).toHaveText('Production', { timeout: 30_000 });
    await expect(project).toHaveAttribute('title', zh ? `项目 ID：${PROJECT_ID}` : `Project ID: ${PROJECT_ID}`);
    const crumbs = page.getByRole('navigation', { name: zh ? '组织、项目和集群' : 'Organization, project and cluster' });
    await expect(crumbs.getByTitle(zh ? `组织 ID：${ORG_ID}` : `Organization ID: ${ORG_ID}`)).toContainText(zh ? '组织' : 'Organization');
    await expect(crumbs).not.toContainText(`${ORG_ID} /`);
    if (shots) await page.screenshot({ path: `${shots}/shell-1280-${lang}.png` });

    const open = async () => {
      await page.getByRole('button', { name: zh ? /^集群：Cluster0/ : /^Cluster: Cluster0/ }).click();
      const menu = page.getByRole('menu');
      await expect(menu.getByRole('group', { name: 'Production' })).toContainText('Cluster0');
      await expect(menu.getByRole('group', { name: 'Analytics' })).toContainText('Cluster1');
      return menu;
    };
    await open();
    if (shots) await page.screenshot({ path: `${shots}/switcher-1280-${lang}.png` });
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 390, height: 800 });
    if (shots) await page.screenshot({ path: `${shots}/shell-390-${lang}.png` });
    const menu = await open();
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/switcher-390-${lang}.png` });
    // To the other project's cluster: its project's name, from the same one read.
    await menu.getByRole('menuitem', { name: /Cluster1/ }).click();
    await expect(page).toHaveURL(new RegExp(networking(ALI_CLUSTER)));
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(project).toHaveText('Analytics');
    expect(await requestsTo(page, 'listProjects')).toHaveLength(1);
    if (shots) {
      await page.goto(networking(AWS_CLUSTER));
      await page.getByRole('button', { name: zh ? '显示 orders-rds 的详情' : 'Show details of orders-rds' }).click();
      await expect(page.getByText('orders-from-rds')).toBeVisible();
      await page.screenshot({ path: `${shots}/details-1280-${lang}.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 800 });
      await page.screenshot({ path: `${shots}/details-390-${lang}.png`, fullPage: true });
    }
  });
}
