import { expectNoAxeViolations } from './axe';
import { ALI_CLUSTER, AWS_CLUSTER, callout, E2E_TIMING, expect, networking, refreshUntilActive, requestsTo, row, test } from './fixtures';

const AWS_SERVICE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
const ALI_SERVICE = 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n0123456789abcdef';

test('opens on the first cluster with the seeded connections and their states', async ({ page }) => {
  const response = await page.goto('/');
  // Served under the strict CSP; the fixture fails any test that triggers a violation.
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
  await expect(page).toHaveURL(networking(AWS_CLUSTER));
  await expect(page.getByRole('heading', { name: 'Private Link Connection For Dataflow' })).toBeVisible();
  await expect(row(page, 'orders-rds').getByText('Active')).toBeVisible();
  const pending = row(page, 'kafka-events');
  await expect(pending.getByText('Pending acceptance')).toBeVisible();
  const nextStep = callout(page, 'kafka-events');
  await expect(nextStep).toContainText('Endpoint Connections');
  await expect(nextStep.getByRole('link', { name: /AWS console/ })).toHaveAttribute(
    'rel',
    'noopener noreferrer',
  );
  // One request per resource on load: clusters, the cluster, the list. No detail, no zones.
  expect((await requestsTo(page, 'getConnection')).length).toBe(0);
  expect((await requestsTo(page, 'getAvailabilityZones')).length).toBe(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/aws-page.png', fullPage: true });
});

test('switches cluster from the top bar, deep-links, and shows the empty state', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Cluster: Cluster0/ }).click();
  await page.getByRole('menuitem', { name: /Cluster1/ }).click();
  await expect(page).toHaveURL(networking(ALI_CLUSTER));
  await expect(page.getByText('No private link connections yet')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No private link connections yet')).toBeVisible();
  await expect(page.getByText('Cluster1 · Alibaba Cloud · ap-southeast-1')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/alicloud-page.png', fullPage: true });
});

test('shows a connection’s details and attached domains on demand', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await page.getByRole('button', { name: 'Show details of orders-rds' }).click();
  await expect(page.getByText('*.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com')).toBeVisible();
  await expect(page.getByText('vpce-0f1e2d3c4b5a69788')).toBeVisible();
  expect((await requestsTo(page, 'getConnection')).length).toBe(1);
});

test('creates an AWS connection that goes from Creating to Active without a reload', async ({ page }) => {
  // Creating lasts 6 s here (not E2E_TIMING's 1.5 s), so a busy machine cannot skip past it unseen;
  // acceptance waits for the user (played below), as in the AWS console.
  await page.addInitScript((timing) => localStorage.setItem('plc-mock-config', JSON.stringify(timing)), {
    ...E2E_TIMING,
    creatingMs: 6000,
    acceptanceMs: 3_600_000,
  });
  await page.goto(networking(AWS_CLUSTER));
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await expect(dialog.getByLabel('Private Link Connection Name')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'AWS Endpoint Service' })).toBeChecked();
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await expect(dialog.getByRole('radio', { name: 'Alibaba Cloud Endpoint Service' })).toHaveCount(0);
  await expect(dialog.getByLabel('Endpoint Service Name')).toBeVisible();
  await expect(dialog.getByText(/^\d{12}$/)).toBeVisible();
  await expect(dialog.getByText('use1-az1, use1-az2, use1-az4')).toBeVisible();
  await expect(dialog.getByText('Allow principals')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/aws-create-dialog.png' });

  // Validation first.
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByLabel('Private Link Connection Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Endpoint Service Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Private Link Connection Name')).toHaveAccessibleDescription(
    /Enter a name\./,
  );
  await expect(dialog.getByLabel('Endpoint Service Name')).toHaveAccessibleDescription(
    /Enter the endpoint service name\./,
  );
  await dialog.getByLabel('Private Link Connection Name').fill('analytics-rds');
  await expect(dialog.getByLabel('Private Link Connection Name')).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Endpoint Service Name').fill('com.amazonaws.vpce.us-east-1.svc-123');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByLabel('Endpoint Service Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Endpoint Service Name')).toHaveAccessibleDescription(
    /17 hexadecimal characters/,
  );
  await expectNoAxeViolations(page);
  await expect(dialog).toBeVisible();
  expect((await requestsTo(page, 'createConnection')).length).toBe(0);

  await dialog.getByLabel('Endpoint Service Name').fill(AWS_SERVICE);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  const notice = page.getByRole('status').filter({ hasText: 'is being created' });
  const created = row(page, 'analytics-rds');
  await expect(created.getByText('Creating')).toBeVisible();
  // No request to accept while Creating; the step shows once the connection is Pending acceptance.
  await expect(notice).toContainText('Once the connection is Pending acceptance');
  await expect(created.getByText('Pending acceptance')).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText('Endpoint Connections');
  await page.evaluate(() => window.__plcMock!.acceptPending());
  await refreshUntilActive(page, 'analytics-rds');
  expect((await requestsTo(page, 'createConnection')).length).toBe(1);
});

test('creates an Alibaba Cloud connection, where only the Alibaba Cloud type is offered', async ({
  page,
}) => {
  await page.goto(networking(ALI_CLUSTER));
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await expect(dialog.getByRole('radio', { name: 'Alibaba Cloud Endpoint Service' })).toBeChecked();
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await expect(dialog.getByRole('radio', { name: 'AWS Endpoint Service' })).toHaveCount(0);
  await expect(dialog.getByText(/^\d{12,}$/)).toBeVisible();
  await expect(dialog.getByText('ap-southeast-1a, ap-southeast-1b, ap-southeast-1c')).toBeVisible();
  await expect(dialog.getByText('Service Whitelist')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/alicloud-create-dialog.png' });
  await dialog.getByLabel('Private Link Connection Name').fill('ali-kafka');
  await dialog.getByLabel('Endpoint Service Name').fill(ALI_SERVICE);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'ali-kafka').getByText(/Creating|Pending acceptance/)).toBeVisible();
  await refreshUntilActive(page, 'ali-kafka');
});

test('warns about another region, then shows why the connection failed', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await dialog.getByLabel('Private Link Connection Name').fill('west');
  await dialog
    .getByLabel('Endpoint Service Name')
    .fill('com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0');
  await expect(dialog.getByText(/This endpoint service is in us-west-2/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'west').getByText('Failed')).toBeVisible({ timeout: 15_000 });
  await expect(callout(page, 'west')).toContainText('is in us-west-2, but the connection looks for it in us-east-1');
});

test('keeps the dialog and what was typed on a duplicate name (409) and on a server error, then retries', async ({
  page,
}) => {
  await page.goto(networking(AWS_CLUSTER));
  // The spec allows two connections with one name: the mock's scenario refuses it, to try the 409 path.
  await page.evaluate(() => window.__plcMock!.setUniqueDisplayNames(true));
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await dialog.getByLabel('Private Link Connection Name').fill('orders-rds');
  await dialog.getByLabel('Endpoint Service Name').fill(AWS_SERVICE);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already exists');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Private Link Connection Name')).toHaveValue('orders-rds');
  await expect(dialog.getByLabel('Endpoint Service Name')).toHaveValue(AWS_SERVICE);

  await page.evaluate(() =>
    window.__plcMock!.setFault('createConnection', { kind: 'http', status: 500, times: 1 }),
  );
  await dialog.getByLabel('Private Link Connection Name').fill('orders-rds-2');
  await dialog.getByRole('button', { name: 'Create' }).click();
  // A 500 after sending leaves the outcome open: the list is read again, and it is said truly.
  await expect(dialog.getByRole('alert')).toContainText(/server error 500\).*was not created, and you can try again safely/);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Private Link Connection Name')).toHaveValue('orders-rds-2');
  await expect(dialog.getByLabel('Endpoint Service Name')).toHaveValue(AWS_SERVICE);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'orders-rds-2')).toBeVisible();
});
