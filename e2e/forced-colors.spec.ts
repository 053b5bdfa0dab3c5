import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { AWS_CLUSTER, expect, networking, openRowMenu, row, test } from './fixtures';

/** Issue 26, item 10: under forced colours (Windows High Contrast) the filled buttons keep a visible border. */

const border = (button: Locator) =>
  button.evaluate((el) => {
    const s = getComputedStyle(el);
    return { width: parseFloat(s.borderTopWidth), style: s.borderTopStyle };
  });
const CONSOLE_URL =
  'https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#EndpointServiceDetails:endpointServiceId=vpce-svc-0123456789abcdef0';
/** Screenshots for the reviewer when SHOTS_DIR is set (not a test assertion). */
async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png` });
}

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active' });
  test('Create and the red Delete keep their borders under forced colours', async ({ page }) => {
    await page.goto(networking(AWS_CLUSTER));
    await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
    const open = page.getByRole('button', { name: 'Create Private Link Connection' });
    expect(await border(open)).toEqual({ width: 1, style: 'solid' });

    await (await openRowMenu(page, 'orders-rds')).getByRole('menuitem', { name: 'Delete' }).click();
    const del = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
    await del.getByLabel(/to confirm/).fill('orders-rds');
    expect(await border(del.getByRole('button', { name: 'Delete', exact: true }))).toEqual({
      width: 1,
      style: 'solid',
    });
    await shot(page, 'forced-colors-delete');
    await page.keyboard.press('Escape');

    await open.click();
    const create = page.getByRole('dialog', { name: 'Create Private Link Connection' });
    await create.getByLabel('Private Link Connection Name').fill('from-console');
    await create.getByLabel('Endpoint Service Name').fill(CONSOLE_URL);
    await expect(
      create.getByText('Will be sent as com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0'),
    ).toBeVisible();
    expect(await border(create.getByRole('button', { name: 'Create', exact: true }))).toEqual({
      width: 1,
      style: 'solid',
    });
    await shot(page, 'forced-colors-create-1360');
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await shot(page, `forced-colors-create-${width}`);
    }
  });
});

test('the Create dialog reads a pasted console URL at 390 and 1280 px (screenshots with SHOTS_DIR)', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'orders-rds')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const create = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await create.getByLabel('Private Link Connection Name').fill('from-console');
  await create.getByLabel('Endpoint Service Name').fill(CONSOLE_URL);
  await expect(create.getByText(/^Will be sent as/)).toBeVisible();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(create.getByText(/^Will be sent as com\.amazonaws\.vpce\.us-east-1\.vpce-svc-/)).toBeVisible();
    await shot(page, `create-${width}`);
  }
});
