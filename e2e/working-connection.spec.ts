import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { ALI_CLUSTER, AWS_CLUSTER, E2E_TIMING, callout, expect, networking, requestsTo, row, test } from './fixtures';

/**
 * Issue 25 in a real browser, on both clouds: from Create to a working connection. Create shows the
 * allow-list commands with the account ID the zones call returned; a pending row the accept
 * commands with its IDs, "check now" reads it once; a change in a hidden tab reaches the title and
 * (opted in) a notification; a failed row says why and creates again, prefilled.
 */
const CLOUDS = [
  {
    cloud: 'AWS',
    cluster: AWS_CLUSTER,
    cli: 'AWS CLI',
    service: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0',
    serviceId: 'vpce-svc-0123456789abcdef0',
    otherRegionService: 'com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d4e5f60789',
    allow: /^aws ec2 modify-vpc-endpoint-service-permissions --region us-east-1 --service-id vpce-svc-0123456789abcdef0 --add-allowed-principals arn:aws:iam::(\d{12}):root$/,
    accept: /^aws ec2 accept-vpc-endpoint-connections --region us-east-1 --service-id vpce-svc-0123456789abcdef0 --vpc-endpoint-ids (vpce-0[0-9a-f]{16})$/,
    acceptTerraform: 'aws_vpc_endpoint_connection_accepter',
    failure: 'The endpoint service is in us-west-2, but TiDB Cloud looked for it in us-east-1.',
    // The seed's kafka-events is pending too: accepting every pending request changes both.
    title: /^● 2 connections changed · /,
    alsoPending: ['kafka-events'],
  },
  {
    cloud: 'Alibaba Cloud',
    cluster: ALI_CLUSTER,
    cli: 'Alibaba Cloud CLI',
    service: 'com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n2pz8jbx6hd5x7c9qf',
    serviceId: 'epsrv-t4n2pz8jbx6hd5x7c9qf',
    otherRegionService: 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1c2d3e4f5g6h7i8j9k',
    allow: /^aliyun privatelink AddUserToVpcEndpointService --region ap-southeast-1 --RegionId ap-southeast-1 --ServiceId epsrv-t4n2pz8jbx6hd5x7c9qf --UserId (\d{16})$/,
    accept: /^aliyun privatelink EnableVpcEndpointConnection --region ap-southeast-1 --RegionId ap-southeast-1 --ServiceId epsrv-t4n2pz8jbx6hd5x7c9qf --EndpointId (ep-[0-9a-z]{20})$/,
    acceptTerraform: 'alicloud_privatelink_vpc_endpoint_connection',
    failure: 'The endpoint service is in cn-hangzhou, but TiDB Cloud looked for it in ap-southeast-1.',
    title: /^● orders-link: Active · /,
    alsoPending: [],
  },
] as const;

/** Fills Create and returns the dialog (open). */
async function fillCreate(page: Page, name: string, service: string) {
  await page.getByRole('button', { name: 'Create Private Link Connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Private Link Connection' });
  await dialog.getByLabel('Private Link Connection Name').fill(name);
  await dialog.getByLabel('Endpoint Service Name').fill(service);
  return dialog;
}

for (const c of CLOUDS) {
  test(`${c.cloud}: allow-list commands in Create, accept commands on the pending row, check now once, a change in a hidden tab reaches the title and a notification`, async ({ page }) => {
    // Headless Chromium answers "denied" to every notification request: the API is played here,
    // recording what the page asks and shows.
    await page.addInitScript(() => {
      const shown: string[] = [];
      const w = window as unknown as { __shown: string[]; __asked: number };
      w.__shown = shown;
      w.__asked = 0;
      class Played {
        static permission: NotificationPermission = 'default';
        static async requestPermission() {
          w.__asked += 1;
          Played.permission = 'granted';
          return Played.permission;
        }
        constructor(title: string, options?: NotificationOptions) {
          shown.push(`${title} | ${options?.body ?? ''}`);
        }
      }
      window.Notification = Played as unknown as typeof Notification;
    });
    await page.clock.install();
    // Acceptance waits for the user (played below), as in the cloud's console.
    await page.addInitScript((timing) => localStorage.setItem('plc-mock-config', JSON.stringify(timing)), { ...E2E_TIMING, acceptanceMs: 3_600_000 });
    await page.goto(networking(c.cluster));

    const dialog = await fillCreate(page, 'orders-link', c.service);
    const zones = await requestsTo(page, 'getAvailabilityZones');
    expect(zones.length).toBeGreaterThan(0);
    await dialog.getByText('Allow TiDB Cloud’s account from the command line').click();
    const allow = dialog.getByRole('group', { name: c.cli });
    await expect(allow).toHaveText(c.allow);
    // The account ID in the command is the one the zones call returned (shown beside it).
    const account = c.allow.exec((await allow.textContent()) ?? '')![1]!;
    await expect(dialog.getByText(account, { exact: true })).toBeVisible();
    await dialog.getByText('Copy as API request').click();
    await expect(dialog.getByRole('group', { name: 'API request' })).toContainText(
      `curl --digest --user "$TIDBCLOUD_PUBLIC_KEY:$TIDBCLOUD_PRIVATE_KEY" --request POST https://serverless.tidbapi.com/v1beta1/clusters/${c.cluster}/privateLinkConnections`,
    );
    expect(await axeViolations(page, { scope: dialog })).toEqual([]);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();

    // Creating (1.5 s), then pending acceptance: the accept commands with the endpoint ID TiDB Cloud got.
    const next = callout(page, 'orders-link');
    await expect(next.getByRole('button', { name: 'I accepted it — check now' })).toBeVisible({ timeout: 30_000 });
    await expect(next.getByTestId('state-timing')).toContainText(/Created (now|\d+ seconds? ago)/);
    await next.getByText('Accept it from the command line').click();
    await expect(next.getByRole('group', { name: c.cli })).toHaveText(c.accept);
    await expect(next.getByRole('group', { name: 'Terraform' })).toContainText(c.acceptTerraform);
    expect(await axeViolations(page, { scope: next })).toEqual([]);

    // Check now, clicked twice: one Get, the answer at once.
    const gets = (await requestsTo(page, 'getConnection')).length;
    await next.getByRole('button', { name: 'I accepted it — check now' }).dblclick();
    await expect(next.getByText('Checked: still Pending acceptance.', { exact: false })).toBeVisible();
    expect((await requestsTo(page, 'getConnection')).length - gets).toBe(1);

    // Opt in (the permission is asked on this click, not before), then the tab goes to the background.
    expect(await page.evaluate(() => (window as unknown as { __asked: number }).__asked)).toBe(0);
    await page.getByRole('button', { name: 'Notify me when a connection changes' }).click();
    expect(await page.evaluate(() => (window as unknown as { __asked: number }).__asked)).toBe(1);
    await expect(page.getByRole('button', { name: 'Notifications on — turn off' })).toBeVisible();
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const lists = (await requestsTo(page, 'listConnections')).length;
    await page.evaluate((id) => window.__plcMock!.acceptPending(id), c.cluster);
    // Hidden: nothing read for most of a minute, then one read.
    await page.clock.runFor(50_000);
    expect((await requestsTo(page, 'listConnections')).length).toBe(lists);
    await page.clock.runFor(11_000);
    await expect(page).toHaveTitle(c.title);
    expect((await requestsTo(page, 'listConnections')).length - lists).toBe(1);
    expect((await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown)).sort()).toEqual(
      ['orders-link', ...c.alsoPending].map((name) => `Private link connection Active | “${name}” is now Active.`).sort(),
    );
    await expect(row(page, 'orders-link').getByText('Active', { exact: true })).toBeVisible();
  });

  test(`${c.cloud}: a failed row says why in words, keeps the API's message, and creates again prefilled, then offers to delete the failed one`, async ({ page }) => {
    await page.goto(networking(c.cluster));
    const dialog = await fillCreate(page, 'wrong-region', c.otherRegionService);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    const failure = callout(page, 'wrong-region').getByTestId('failure');
    await expect(failure).toContainText(c.failure, { timeout: 30_000 });
    await failure.getByText('Message from TiDB Cloud, as sent').click();
    await expect(failure).toContainText(`The endpoint service ${c.otherRegionService} is in`);
    expect(await axeViolations(page, { scope: failure })).toEqual([]);

    await failure.getByRole('button', { name: 'Create again with these settings' }).click();
    const again = page.getByRole('dialog', { name: 'Create Private Link Connection' });
    await expect(again.getByLabel('Private Link Connection Name')).toHaveValue('wrong-region');
    await expect(again.getByLabel('Endpoint Service Name')).toHaveValue(c.otherRegionService);
    await expect(again.getByRole('note')).toContainText('Filled in from the failed connection “wrong-region”.');
    // Fixed: the service in the cluster's region (and a name of its own, whatever the mock's rule on names).
    await again.getByLabel('Private Link Connection Name').fill('right-region');
    await again.getByLabel('Endpoint Service Name').fill(c.service);
    await again.getByRole('button', { name: 'Create' }).click();
    await expect(again).toBeHidden();
    await expect(row(page, 'right-region')).toBeVisible();
    await page.getByRole('button', { name: /^Delete the failed “wrong-region”/ }).click();
    const del = page.getByRole('dialog', { name: /Delete/ });
    await expect(del).toContainText('wrong-region');
  });
}
