import { expectNoAxeViolations } from './axe';
import { AWS_CLUSTER, expect, networking, openRowMenu, requestsTo, row, setFault, test } from './fixtures';

/**
 * Issue 12, "Used by": the changefeeds that ride on each connection (seed: orders-rds carries
 * orders-to-rds, MySQL RUNNING on 3306, and orders-to-kafka, Kafka PAUSED on 9092; kafka-events none).
 * Issue 27 adds the Data Migration task orders-from-rds (RUNNING) on orders-rds: see migrations.spec.ts.
 */

test('the list shows what uses each connection, from one changefeeds request for the page; the filter keeps it in the URL', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  // The first load on a busy 2-core machine: an upper bound, never waited for when all goes well.
  await expect(row(page, 'orders-rds').getByText('2 changefeeds, 1 migration')).toBeVisible({ timeout: 30_000 });
  await expect(row(page, 'kafka-events').getByText('Not used')).toBeVisible();

  await page.getByLabel('Usage').selectOption({ label: 'In use' });
  await expect(row(page, 'kafka-events')).toHaveCount(0);
  await expect(row(page, 'orders-rds')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('usage')).toBe('used');
  // Counted once the page has done more (the filter applied), not the moment the badge showed:
  // a second request of the first load would be in the log by now.
  expect(await requestsTo(page, 'listChangefeeds')).toHaveLength(1);
  expect(await requestsTo(page, 'listMigrations')).toHaveLength(1);
  await page.reload();
  await expect(row(page, 'orders-rds').getByText('2 changefeeds, 1 migration')).toBeVisible();
  await expect(row(page, 'kafka-events')).toHaveCount(0);

  await page.getByRole('button', { name: 'Show details of orders-rds' }).click();
  const usedBy = page.getByRole('region', { name: 'Used by changefeeds and migrations' });
  await expect(usedBy.getByText('orders-to-rds')).toBeVisible();
  await expect(usedBy.getByText('MySQL sink · port 3306')).toBeVisible();
  await expect(usedBy.getByText('Kafka sink · port 9092')).toBeVisible();
  await expect(usedBy.getByText('Paused')).toBeVisible();
  await expect(usedBy.getByText(/port 9092 and the attached domains/)).toBeVisible();
});

test('delete orders-rds: both changefeeds and the migration listed, no submit without the acknowledgement', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await (await openRowMenu(page, 'orders-rds')).getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  const ack = dialog.getByRole('checkbox', { name: 'I understand 2 changefeeds, 1 migration will stop working' });
  await expect(ack).toBeVisible();
  await expect(dialog.getByText('orders-to-rds')).toBeVisible();
  await expect(dialog.getByText('orders-to-kafka')).toBeVisible();
  await expect(dialog.getByText('orders-from-rds')).toBeVisible();
  await expect(dialog.getByText('Running')).toHaveCount(2);
  await expect(dialog.getByText('Paused')).toBeVisible();
  await dialog.getByText('TiDB Cloud CLI command').click();
  await expect(dialog.getByText(`ticloud serverless changefeed list --cluster-id ${AWS_CLUSTER}`)).toBeVisible();
  await expect(dialog.getByText(`ticloud serverless migration list -c ${AWS_CLUSTER}`)).toBeVisible();
  await expectNoAxeViolations(page);

  const confirm = dialog.getByLabel(/to confirm/);
  await confirm.fill('orders-rds');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  // What a user can still do: press Enter in the field (a disabled submit button submits nothing).
  await confirm.press('Enter');
  await expect(dialog).toBeVisible();

  await ack.check();
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'orders-rds').getByText('Deleting')).toBeVisible();
  // Exactly one, counted after the one that was meant: had Enter sent one, it would be in the log before it.
  expect(await requestsTo(page, 'deleteConnection')).toHaveLength(1);
});

test('a connection with no changefeeds or migrations deletes as before, and says it is unused', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await (await openRowMenu(page, 'kafka-events')).getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  await expect(dialog.getByText('This connection is not used by any changefeed or migration.')).toBeVisible();
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await dialog.getByLabel(/to confirm/).fill('kafka-events');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'kafka-events')).toHaveCount(0, { timeout: 15_000 });
});

test('a failed changefeeds request: "Usage unknown", never "not used", and the same acknowledgement', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'kafka-events').getByText('Not used')).toBeVisible({ timeout: 30_000 });
  // The dialog loads the changefeeds again as it opens: that request fails (and every later one).
  await setFault(page, 'listChangefeeds', { kind: 'http', status: 403 });
  await (await openRowMenu(page, 'kafka-events')).getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  await expect(dialog.getByText('Usage unknown')).toBeVisible();
  await expect(dialog.getByText(/could not be loaded/)).toBeVisible();
  await expect(dialog.getByText(/not used by any/)).toHaveCount(0);
  await expect(row(page, 'kafka-events').getByText('Usage unknown')).toBeVisible();
  await expect(page.getByText('Not used', { exact: true })).toHaveCount(0);

  await dialog.getByLabel(/to confirm/).fill('kafka-events');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'I understand changefeeds and migrations may stop working' }).check();
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeEnabled();
});
