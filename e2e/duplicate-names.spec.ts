import { AWS_CLUSTER, expect, networking, requestsTo, row, setFault, test } from './fixtures';

/**
 * Issue 24: the API allows two connections with one display name; a Create whose answer is lost
 * identifies its own connection (what the page had seen before sending, createTime after), and is
 * never reported as an older connection of the same name.
 */
const AWS_SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

async function openCreate(page: import('@playwright/test').Page) {
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'orders-rds')).toHaveCount(1, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await dialog.getByLabel('Private Link Connection Name').fill('orders-rds');
  await dialog.getByLabel('Endpoint Service Name').fill(AWS_SERVICE);
  return dialog;
}

test('an older orders-rds exists and the answer is lost before the work: said not created, never reported as the older one', async ({ page }) => {
  const dialog = await openCreate(page);
  await setFault(page, 'createConnection', { kind: 'http', status: 503, times: 1 });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('alert')).toContainText('has no new connection named "orders-rds": it was not created', { timeout: 30_000 });
  await expect(dialog).toBeVisible();
  await expect(page.getByText('Private link connection "orders-rds" is being created.')).toHaveCount(0);
  await expect(row(page, 'orders-rds')).toHaveCount(1);
});

test('an older orders-rds exists and no answer comes, though it was made: the new one is reported, two rows by that name', async ({ page }) => {
  const dialog = await openCreate(page);
  await page.evaluate(() => window.__plcMock!.setTiming({ creatingMs: 120_000 }));
  await setFault(page, 'createConnection', { kind: 'hang', afterWork: true, times: 1 });
  await dialog.getByRole('button', { name: 'Create' }).click();
  // The e2e build gives up after 4 s; the list is read again and the new connection told from the older one.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  // The notice follows the connection it was given while it is being created: the older one is Active.
  await expect(page.getByText('Private link connection "orders-rds" is being created.')).toBeVisible();
  await expect(row(page, 'orders-rds')).toHaveCount(2);
  await expect(row(page, 'orders-rds').filter({ hasText: 'Creating' })).toHaveCount(1);
  expect(await requestsTo(page, 'createConnection')).toHaveLength(1);
});
