import type { Locator } from '@playwright/test';
import { ALI_CLUSTER, AWS_CLUSTER, expect, networking, openRowMenu, requestsTo, row, setFault, test } from './fixtures';

/**
 * Every fault, through the UI: the message a user reads, what they typed is kept, the dialog stays
 * open, exactly one request per submit, and a retry works once the fault is gone (mutations are
 * never retried automatically). The e2e build gives up on a request after 4 s (VITE_REQUEST_TIMEOUT_MS).
 */
// `create`: what Create says instead, where its outcome is unknown (it reads the list and says whether it was made).
const FAULTS: { name: string; fault: Record<string, unknown>; message: RegExp; create?: RegExp }[] = [
  {
    name: '400 with a field-level message',
    fault: { kind: 'http', status: 400, message: 'displayName: this name is reserved', fieldViolations: [{ field: 'privateLinkConnection.displayName', description: 'this name is reserved' }] },
    message: /this name is reserved/,
  },
  { name: '403', fault: { kind: 'http', status: 403 }, message: /permission denied/ },
  { name: '409', fault: { kind: 'http', status: 409, message: 'the cluster is being modified, try again later' }, message: /cluster is being modified/ },
  { name: '429 with Retry-After', fault: { kind: 'http', status: 429, retryAfterSeconds: 3 }, message: /Too many requests\. Try again in 3 s\./ },
  { name: '500', fault: { kind: 'http', status: 500 }, message: /internal error/, create: /server error 500\).*was not created, and you can try again safely/ },
  { name: '503', fault: { kind: 'http', status: 503 }, message: /temporarily unavailable/, create: /server error 503\).*was not created/ },
  { name: 'no answer (timeout)', fault: { kind: 'hang' }, message: /did not answer in time/, create: /no answer in time\).*was not created/ },
  { name: 'no network', fault: { kind: 'network' }, message: /network is unreachable/, create: /the connection was lost\).*was not created/ },
];

const AWS_SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

/** A double click and a repeated Enter, all in the same instant: exactly one request must go out. */
async function submitTwice(button: Locator) {
  // As a person would: only once the button can be pressed (the acknowledgements just checked).
  await expect(button).toBeEnabled();
  await button.evaluate((el: HTMLButtonElement) => {
    el.click();
    el.click();
    el.form?.requestSubmit();
  });
}

// Two tests, each walking through half the faults in one page (a page load per fault cost more than
// the faults): every round opens Create afresh, so nothing of the last round is kept but the list.
for (const half of [FAULTS.slice(0, 4), FAULTS.slice(4)]) {
  test(`Create under ${half.map((f) => f.name).join(', ')}: message in the dialog, input kept, one request, retry works`, async ({ page }) => {
    await page.goto(networking(AWS_CLUSTER));
    await expect(row(page, 'orders-rds')).toBeVisible(); // the mock (window.__plcMock) is in by then
    for (const [round, { name, fault, message, create }] of half.entries()) {
      await test.step(name, async () => {
        const displayName = `faulty-${round}`;
        const sent = (await requestsTo(page, 'createConnection')).length;
        await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
        const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
        await dialog.getByLabel('Private Link Connection Name').fill(displayName);
        await dialog.getByLabel('Endpoint Service Name').fill(AWS_SERVICE);
        await setFault(page, 'createConnection', { ...fault, times: 1 });
        await submitTwice(dialog.getByRole('button', { name: /Create|Creating/ }));
        await expect(dialog.getByRole('alert')).toContainText(create ?? message, { timeout: 15_000 });
        await expect(dialog.getByRole('alert')).not.toContainText(/\{|\}|Error:|at /); // no raw JSON or stack
        await expect(dialog.getByLabel('Private Link Connection Name')).toHaveValue(displayName);
        await expect(dialog.getByLabel('Endpoint Service Name')).toHaveValue(AWS_SERVICE);
        if (fault.fieldViolations) await expect(dialog.getByLabel('Private Link Connection Name')).toHaveAttribute('aria-invalid', 'true');
        expect(await requestsTo(page, 'createConnection')).toHaveLength(sent + 1);
        if (fault.fieldViolations) await dialog.getByLabel('Private Link Connection Name').fill(`${displayName}-b`);
        await dialog.getByRole('button', { name: 'Create' }).click();
        await expect(dialog).toBeHidden();
        expect(await requestsTo(page, 'createConnection')).toHaveLength(sent + 2);
      });
    }
  });
}

for (const { name, fault, message } of FAULTS.filter((f) => ['403', '500', 'no answer (timeout)', 'no network', '429 with Retry-After'].includes(f.name))) {
  test(`row dialogs under ${name}: Attach, Detach and Delete keep their state and retry`, async ({ page }) => {
    await page.goto(networking(AWS_CLUSTER));

    // Attach (Confluent: typed input must survive).
    await (await openRowMenu(page, 'orders-rds')).getByRole('menuitem', { name: 'Attach Domains' }).click();
    let dialog = page.getByRole('dialog', { name: 'Attach Domains' });
    await dialog.getByRole('radio', { name: /Confluent Cloud/ }).check();
    await dialog.getByLabel('Unique Name').fill('domnprzqrog.us-east-1');
    await setFault(page, 'attachDomains', { ...fault, times: 1 });
    const before = (await requestsTo(page, 'attachDomains')).length;
    await submitTwice(dialog.getByRole('button', { name: /Attach Domains|Attaching/ }));
    await expect(dialog.getByRole('alert')).toContainText(message, { timeout: 15_000 });
    await expect(dialog.getByLabel('Unique Name')).toHaveValue('domnprzqrog.us-east-1');
    expect((await requestsTo(page, 'attachDomains')).length - before).toBe(1);
    await dialog.getByRole('button', { name: 'Attach Domains' }).click();
    await expect(dialog).toBeHidden();

    // Detach.
    const menu = await openRowMenu(page, 'orders-rds');
    await expect(menu.getByRole('menuitem', { name: 'Detach Domains' })).not.toHaveAttribute('aria-disabled', 'true');
    await menu.getByRole('menuitem', { name: 'Detach Domains' }).click();
    dialog = page.getByRole('dialog', { name: 'Detach Domains' });
    await dialog.getByRole('radio', { name: /dvs6nl5jgveztmla3pxkxgh76i/ }).check();
    await dialog.getByRole('checkbox', { name: /I understand that after detaching/ }).check();
    await dialog.getByRole('checkbox', { name: /will stop reaching (their sinks|its sink)/ }).check();
    await setFault(page, 'detachDomains', { ...fault, times: 1 });
    await submitTwice(dialog.getByRole('button', { name: /Detach Domains|Detaching/ }));
    await expect(dialog.getByRole('alert')).toContainText(message, { timeout: 15_000 });
    await expect(dialog.getByRole('checkbox', { name: /I understand that after detaching/ })).toBeChecked();
    expect(await requestsTo(page, 'detachDomains')).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Detach Domains' }).click();
    await expect(dialog).toBeHidden();

    // Delete.
    await (await openRowMenu(page, 'kafka-events')).getByRole('menuitem', { name: 'Delete' }).click();
    dialog = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
    await dialog.getByLabel(/to confirm/).fill('kafka-events');
    await setFault(page, 'deleteConnection', { ...fault, times: 1 });
    await submitTwice(dialog.getByRole('button', { name: /Delete|Deleting/ }));
    await expect(dialog.getByRole('alert')).toContainText(message, { timeout: 15_000 });
    await expect(dialog.getByLabel(/to confirm/)).toHaveValue('kafka-events');
    expect(await requestsTo(page, 'deleteConnection')).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, 'kafka-events').getByText('Deleting')).toBeVisible();
  });
}

test('a row action on a connection deleted elsewhere (404) says so and refreshes the list', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await (await openRowMenu(page, 'orders-rds')).getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Private Link Connection' });
  await dialog.getByLabel(/to confirm/).fill('orders-rds');
  await dialog.getByRole('checkbox', { name: /will stop working/ }).check(); // its two changefeeds and its migration
  await page.evaluate(() => {
    const db = window.__plcMock!.db;
    db.data.connections = db.data.connections.filter((c) => c.displayName !== 'orders-rds');
    db.save();
  });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('alert')).toContainText('This private link connection no longer exists');
  await expect(row(page, 'orders-rds')).toHaveCount(0);
  await expect(dialog).toBeVisible();
});

test('the list: a failed first load shows an error with a retry that works', async ({ page }) => {
  await page.goto(networking(ALI_CLUSTER));
  await expect(page.getByText('No private link connections yet')).toBeVisible();
  await setFault(page, 'listConnections', { kind: 'http', status: 503 });
  await page.getByRole('button', { name: /^Cluster: Cluster1/ }).click();
  await page.getByRole('menuitem', { name: /Cluster0/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load private link connections.' });
  await expect(alert).toContainText('temporarily unavailable', { timeout: 20_000 });
  // Reads retried with backoff before giving up: 1 + 3 retries.
  expect((await requestsTo(page, 'listConnections')).filter((r) => r.url.includes(AWS_CLUSTER))).toHaveLength(4);
  await page.evaluate(() => window.__plcMock!.clearFaults());
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(row(page, 'orders-rds')).toBeVisible();
});

test('the list: a failed refresh keeps the last rows with a non-blocking warning and a retry', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'orders-rds')).toBeVisible();
  await setFault(page, 'listConnections', { kind: 'network' });
  // A pending acceptance polls every 30 s; the user's Refresh reads the list now.
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  const warning = page.getByRole('status').filter({ hasText: 'Could not refresh the list. Showing the last data received.' });
  await expect(warning).toContainText('network is unreachable', { timeout: 25_000 });
  await expect(row(page, 'orders-rds')).toBeVisible();
  await expect(row(page, 'kafka-events')).toBeVisible();
  await page.evaluate(() => window.__plcMock!.clearFaults());
  await warning.getByRole('button', { name: 'Retry' }).click();
  await expect(warning).toBeHidden();
});

test('the list: a 429 on a read is retried after Retry-After, without bothering the user', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'orders-rds')).toBeVisible();
  const before = (await requestsTo(page, 'listConnections')).length;
  await setFault(page, 'listConnections', { kind: 'http', status: 429, retryAfterSeconds: 2, times: 1 });
  const t0 = Date.now();
  // A read the page makes by itself (a filter's first page); a user's Refresh says so at once instead.
  await page.getByLabel('State').selectOption('ACTIVE');
  await expect.poll(async () => (await requestsTo(page, 'listConnections')).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 2);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(2000);
  await expect(page.getByText('Could not refresh the list')).toHaveCount(0);
});
