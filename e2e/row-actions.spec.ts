import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { ALI_CLUSTER, AWS_CLUSTER, expect, networking, openDetach, openRowMenu, refreshUntilActive, requestsTo, row, test } from './fixtures';

/** After a dialog closes the page must take clicks again (Radix menu + dialog pointer-events trap). */
async function expectPageClickable(page: Page) {
  expect(await page.evaluate(() => getComputedStyle(document.body).pointerEvents)).not.toBe('none');
  await page.getByRole('button', { name: 'Show details of orders-rds' }).click();
  await expect(page.getByRole('button', { name: 'Hide details of orders-rds' })).toBeVisible();
  await page.getByRole('button', { name: 'Hide details of orders-rds' }).click();
}

async function createActive(page: Page, clusterId: string, name: string, service: string) {
  await page.goto(networking(clusterId));
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await dialog.getByLabel('Private Link Connection Name').fill(name);
  await dialog.getByLabel('Endpoint Service Name').fill(service);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await refreshUntilActive(page, name);
}

test('the row menu says why items are unavailable, works by keyboard, and never leaves the page unclickable', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  const menu = await openRowMenu(page, 'kafka-events');
  await expect(menu.getByRole('menuitem', { name: /Attach Domains/ })).toHaveAttribute('aria-disabled', 'true');
  await expect(menu.getByRole('menuitem', { name: /Attach Domains/ })).toContainText('Available once the connection is Active.');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  // Radix gives focus back to the trigger in a timer after the menu unmounts; moving on before it
  // lands lets that late focus dismiss the next menu (a focus-outside), so wait for it.
  await expect(page.getByRole('button', { name: 'Actions for kafka-events' })).toBeFocused();

  // Keyboard only: focus the menu button, open with Enter, move to Delete, open the dialog, close it with Escape.
  // Each row's button is usable once the menu's code is there (until then a disabled stand-in).
  const ordersActions = page.getByRole('button', { name: 'Actions for orders-rds' });
  await expect(ordersActions).toBeEnabled();
  await ordersActions.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  // Opened from the keyboard, the menu puts focus on its first item (a frame after it opens): wait
  // for that before moving, or a late focus would undo the arrow keys.
  await expect(page.getByRole('menuitem', { name: /^Attach Domains/ })).toBeFocused();
  // Detach says "Checking attached domains…" until Get answers, then what Get found; the answer
  // re-renders the menu, so the arrow keys wait for it.
  await expect(page.getByRole('menuitem', { name: 'Detach Domains' })).toHaveAccessibleDescription('3 domains are attached.');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Actions for orders-rds' })).toBeFocused();
  await expectPageClickable(page);

  // Each dialog opened and closed from the menu, with the mouse.
  for (const item of ['Attach Domains', 'Detach Domains', 'Delete']) {
    const m = await openRowMenu(page, 'orders-rds');
    const entry = m.getByRole('menuitem', { name: item });
    await expect(entry).not.toHaveAttribute('aria-disabled', 'true');
    await entry.click();
    const d = page.getByRole('dialog');
    await expect(d).toBeVisible();
    await d.getByRole('button', { name: 'Cancel' }).click();
    await expect(d).toBeHidden();
    await expectPageClickable(page);
  }
});

test('attaches TiDB Cloud Managed domains on AWS: preview, attach, see them in the row', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await (await openRowMenu(page, 'orders-rds')).getByRole('menuitem', { name: 'Attach Domains' }).click();
  const dialog = page.getByRole('dialog', { name: 'Attach Domains' });
  await expect(dialog.getByRole('radio', { name: /TiDB Cloud Managed \(aws\.tidbcloud\.com\)/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Confluent Cloud \(aws\.confluent\.cloud\)/ })).toBeVisible();
  const preview = dialog.getByRole('list', { name: 'Domains to attach' });
  await expect(preview.getByRole('listitem')).toHaveCount(3);
  const first = (await preview.getByRole('listitem').first().textContent())!.replace('Copy', '');
  const unique = first.split('.')[2]!;
  expect(first).toBe(`*.use1-az1.${unique}.aws.plc.tidbcloud.com`);
  await expect(dialog.getByText(unique, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Attach Domains' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`*.use1-az4.${unique}.aws.plc.tidbcloud.com`, { exact: true })).toBeVisible();
  const attaches = await requestsTo(page, 'attachDomains');
  expect(attaches.map((r) => JSON.parse(r.body!).validateOnly)).toEqual([true, false]);
});

test('attaches Confluent Cloud domains on AWS, with the unique name checked first', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await (await openRowMenu(page, 'orders-rds')).getByRole('menuitem', { name: 'Attach Domains' }).click();
  const dialog = page.getByRole('dialog', { name: 'Attach Domains' });
  await dialog.getByRole('radio', { name: /Confluent Cloud/ }).check();
  await dialog.getByLabel('Unique Name').fill('domnprzqrog');
  await dialog.getByRole('button', { name: 'Attach Domains' }).click();
  await expect(dialog.getByLabel('Unique Name')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Unique Name').fill('domnprzqrog.us-east-1');
  await dialog.getByRole('button', { name: 'Attach Domains' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('*.domnprzqrog.us-east-1.aws.confluent.cloud', { exact: true })).toBeVisible();
  await expect(page.getByText('*.use1-az2.domnprzqrog.us-east-1.aws.confluent.cloud', { exact: true })).toBeVisible();
});

test('Alibaba Cloud: a new connection becomes Active, TiDB Cloud Managed only, no Confluent', async ({ page }) => {
  await createActive(page, ALI_CLUSTER, 'ali-rds', 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0123456789abcdef');
  await (await openRowMenu(page, 'ali-rds')).getByRole('menuitem', { name: 'Attach Domains' }).click();
  const dialog = page.getByRole('dialog', { name: 'Attach Domains' });
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await expect(dialog.getByRole('radio', { name: /TiDB Cloud Managed \(alicloud\.tidbcloud\.com\)/ })).toBeChecked();
  await expect(dialog.getByText(/Confluent/)).toHaveCount(0);
  const preview = dialog.getByRole('list', { name: 'Domains to attach' });
  await expect(preview).toContainText(/\*\.[a-z0-9]{26}\.alicloud\.plc\.tidbcloud\.com/);
  await dialog.getByRole('button', { name: 'Attach Domains' }).click();
  await expect(dialog).toBeHidden();
  // The domain in the row's details (the notice names it too).
  await expect(page.getByText(/^\*\.[a-z0-9]{26}\.alicloud\.plc\.tidbcloud\.com$/)).toBeVisible();
});

test('detaches domains after an explicit confirmation', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  const dialog = await openDetach(page, 'orders-rds');
  await expect(dialog.getByRole('radio', { name: /dvs6nl5jgveztmla3pxkxgh76i/ })).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Detach Domains' })).toBeDisabled();
  await expectNoAxeViolations(page);
  // Both acknowledgements: what detaching does, and the changefeeds of orders-rds that lose their route.
  await dialog.getByRole('checkbox', { name: /I understand that after detaching/ }).check();
  await dialog.getByRole('checkbox', { name: /will stop reaching (their sinks|its sink)/ }).check();
  await dialog.getByRole('button', { name: 'Detach Domains' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No domains are attached to this connection.')).toBeVisible();
  const detach = await requestsTo(page, 'detachDomains');
  expect(JSON.parse(detach[0]!.body!)).toEqual({ attachDomainId: 'ad-3c5e7g9i1k3m5o7q' });
  await (await openRowMenu(page, 'orders-rds')).getByRole('menuitem', { name: /Detach Domains/ }).hover();
  await expect(page.getByRole('menuitem', { name: /Detach Domains/ })).toContainText('No domains are attached.');
});

test('deletes a connection: type its name, Deleting, then gone', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await (await openRowMenu(page, 'kafka-events')).getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  await expect(dialog).toContainText('You are about to delete kafka-events');
  await expect(dialog).toContainText('changefeeds and data migrations');
  await expectNoAxeViolations(page);
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await dialog.getByLabel(/to confirm/).fill('kafka-events');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'kafka-events').getByText('Deleting')).toBeVisible();
  await expect(row(page, 'kafka-events')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText('1 connection', { exact: true })).toBeVisible();
});
