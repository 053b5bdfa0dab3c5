import { expect, networking, requestsTo, row, test, AWS_CLUSTER, ALI_CLUSTER, E2E_TIMING } from './fixtures';

/** Issue 10: real inputs accepted end to end, a person's pace, Refresh. */

const createDialog = async (page: import('@playwright/test').Page) => {
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  return page.getByRole('dialog', { name: 'Create Private Link Connection' });
};

test('an older AWS service ID (8 hex) and a Chinese display name are accepted end to end', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  const dialog = await createDialog(page);
  await dialog.getByLabel('Private Link Connection Name').fill('订单 RDS');
  await dialog.getByLabel('Endpoint Service Name').fill('com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  const created = row(page, '订单 RDS');
  await expect(created).toContainText('vpce-svc-0a1b2c3d');
  await expect(created.getByText(/Creating|Pending acceptance|Active/)).toBeVisible();
  const [request] = await requestsTo(page, 'createConnection');
  expect(JSON.parse(request!.body!).privateLinkConnection).toMatchObject({
    displayName: '订单 RDS',
    awsEndpointService: { name: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d' },
  });
  // It survives a reload: the mock stored what the API would.
  await page.reload();
  await expect(row(page, '订单 RDS')).toBeVisible();
});

test('a multi-part Alibaba Cloud region (cn-shanghai-finance-1) is warned about, not refused', async ({ page }) => {
  await page.goto(networking(ALI_CLUSTER));
  const dialog = await createDialog(page);
  await dialog.getByLabel('Private Link Connection Name').fill('finance-rds');
  const service = dialog.getByLabel('Endpoint Service Name');
  await service.fill('com.aliyuncs.privatelink.cn-shanghai-finance-1.epsrv-uf6dmd4otbl4fbxq3tpg');
  await expect(service).not.toHaveAttribute('aria-invalid', 'true');
  await expect(service).toHaveAccessibleDescription(/This endpoint service is in cn-shanghai-finance-1, but the cluster is in ap-southeast-1/);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'finance-rds')).toContainText('cn-shanghai-finance-1');
  expect(await requestsTo(page, 'createConnection')).toHaveLength(1);
});

test('while only a pending connection remains: one list request every 30 s, none in between', async ({ page }) => {
  // Answers without latency, so no answer waits on the paused clock.
  await page.addInitScript((timing) => localStorage.setItem('plc-mock-config', JSON.stringify(timing)), { ...E2E_TIMING, latencyMs: 0 });
  await page.clock.install();
  await page.goto(networking(AWS_CLUSTER));
  // The seed: orders-rds Active and kafka-events Pending acceptance, which waits on a person.
  await expect(row(page, 'kafka-events').getByText('Pending acceptance')).toBeVisible();
  await expect(row(page, 'orders-rds').getByText('Active')).toBeVisible();
  const lists = async () => (await requestsTo(page, 'listConnections')).length;
  expect(await lists()).toBe(1);
  // Time is counted from the answer (the time the page shows), then moved by hand.
  const updated = page.getByText(/^Updated at /);
  const answeredAt = async () => Date.parse((await updated.getAttribute('datetime'))!);
  const now = () => page.evaluate(() => Date.now());
  // pauseAt needs a time still ahead of the page's running clock when it arrives: aim a little ahead,
  // further when the machine was slower than that (at most 12.8 s: well before the next poll).
  for (let ahead = 200; ; ahead *= 4) {
    const error = await page.clock.pauseAt((await now()) + ahead).catch((e: Error) => e);
    if (!error) break;
    if (ahead >= 12_800 || !/to the past/.test(error.message)) throw error;
  }
  const advanceTo = async (t: number) => page.clock.runFor(Math.max(0, t - (await now())));

  let last = await answeredAt();
  for (const n of [2, 3]) {
    await advanceTo(last + 28_000); // no poll for 28 s (it was every 2 s before)
    expect(await lists()).toBe(n - 1);
    await advanceTo(last + 31_000); // then one
    await expect.poll(lists).toBe(n);
    // React Query tells the page on a zero timeout: let the paused clock tick a little.
    await expect.poll(async () => (await page.clock.runFor(10), answeredAt())).toBeGreaterThan(last);
    last = await answeredAt();
  }
});

test('Refresh fetches the list on demand and shows the time of the update', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  const pending = row(page, 'kafka-events');
  await expect(pending.getByText('Pending acceptance')).toBeVisible();
  const updated = page.getByText(/^Updated at /);
  await expect(updated).toBeVisible();
  const before = await updated.getAttribute('datetime');
  const lists = (await requestsTo(page, 'listConnections')).length;
  // The user accepts the request in the AWS console (played by the mock) and comes back.
  await page.evaluate(() => window.__plcMock!.acceptPending());
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(pending.getByText('Active')).toBeVisible();
  expect((await requestsTo(page, 'listConnections')).length).toBeGreaterThan(lists);
  // `datetime` carries milliseconds and the mocked answer takes at least its 30 ms latency: no wait needed.
  await expect(updated).not.toHaveAttribute('datetime', before!);
  expect(Date.parse((await updated.getAttribute('datetime'))!)).toBeGreaterThan(Date.parse(before!));
});
