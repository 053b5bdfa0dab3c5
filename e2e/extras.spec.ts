import { expectNoAxeViolations } from './axe';
import { AWS_CLUSTER, expect, networking, openRowMenu, refreshUntilActive, row, test } from './fixtures';

test.describe('in Simplified Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('follows the browser language, and a full flow works in Chinese', async ({ page }) => {
    await page.goto(networking(AWS_CLUSTER));
    await expect(page.getByRole('heading', { name: 'Dataflow 的私有链路连接' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(row(page, 'kafka-events').getByText('等待接受')).toBeVisible();
    await expectNoAxeViolations(page);

    // Create, in Chinese.
    await page.getByRole('button', { name: '创建私有链路连接' }).click();
    const dialog = page.getByRole('dialog', { name: '创建私有链路连接' });
    await expect(dialog.getByText('可用区', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect(dialog.getByText('请输入名称。')).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('私有链路连接名称').fill('cn-flow');
    await dialog.getByLabel('Endpoint Service 名称').fill('com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect(dialog).toBeHidden();
    // A pending acceptance polls every 30 s: the user refreshes until it is Active (可用).
    await refreshUntilActive(page, 'cn-flow', 20_000, { refresh: /^(刷新|正在刷新…)$/, active: '可用' });

    // Attach domains (绑定域名), then delete (删除).
    await page.getByRole('button', { name: 'cn-flow 的操作' }).click();
    await page.getByRole('menuitem', { name: '绑定域名' }).click();
    const attach = page.getByRole('dialog', { name: '绑定域名' });
    await expect(attach.getByRole('list', { name: '将要绑定的域名' }).getByRole('listitem')).toHaveCount(3);
    await expectNoAxeViolations(page);
    await attach.getByRole('button', { name: '绑定域名' }).click();
    await expect(attach).toBeHidden();
    await expect(page.getByText(/^已绑定到“cn-flow”：/)).toBeVisible();
    await page.getByRole('button', { name: 'cn-flow 的操作' }).click();
    await page.getByRole('menuitem', { name: '删除' }).click();
    const del = page.getByRole('dialog', { name: '删除私有链路连接' });
    await del.getByLabel(/以确认/).fill('cn-flow');
    await del.getByRole('button', { name: '删除' }).click();
    await expect(row(page, 'cn-flow').getByText('删除中')).toBeVisible();
  });
});

test('switches language in the top bar and remembers it', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: 'Dataflow 的私有链路连接' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dataflow 的私有链路连接' })).toBeVisible();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Private Link Connection For Dataflow' })).toBeVisible();
});

test('filters live in the URL and page through hundreds of connections', async ({ page }) => {
  await page.goto(`${networking(AWS_CLUSTER)}?mock-seed=250`);
  await expect(page.getByText('252 connections')).toBeVisible();
  await expect(page.getByTestId('connection-row')).toHaveCount(20);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('button', { name: 'Previous' })).toBeEnabled();
  const expected = (prefix: string, state?: string) =>
    page.evaluate(
      ([p, s]) => window.__plcMock!.db.data.connections.filter((c) => c.displayName.includes(p!) && (!s || c.state === s)).length,
      [prefix, state] as const,
    );
  await page.getByRole('searchbox', { name: 'Filter' }).fill('payments-');
  await expect(page).toHaveURL(/q=payments-/);
  await expect(page.getByText(/^\d+ connections?$/)).toHaveText(`${await expected('payments-')} connections`);
  await page.getByRole('combobox', { name: 'State' }).selectOption('PENDING_ACCEPTANCE');
  await expect(page).toHaveURL(/state=PENDING_ACCEPTANCE/);
  const n = await expected('payments-', 'PENDING_ACCEPTANCE');
  expect(n).toBeGreaterThan(0);
  await expect(page.getByText(/^\d+ connections?$/)).toHaveText(`${n} connections`);
  await expect(page.getByTestId('connection-row')).toHaveCount(Math.min(n, 20));
  await page.goto(page.url()); // a shared link shows the same view
  await expect(page.getByRole('searchbox', { name: 'Filter' })).toHaveValue('payments-');
  await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('PENDING_ACCEPTANCE');
  await expect(page.getByTestId('connection-row')).toHaveCount(Math.min(n, 20));
  await expectNoAxeViolations(page);
});

test('copies identifiers with a visible confirmation, and shows the CLI command', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(networking(AWS_CLUSTER));
  await row(page, 'orders-rds').getByRole('button', { name: 'Copy ID of orders-rds' }).click();
  await expect(row(page, 'orders-rds').getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('plc-4mzq8r2t6w1y3b5d7f9h');
  await (await openRowMenu(page, 'orders-rds')).getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('TiDB Cloud CLI command').click();
  // orders-rds carries changefeeds and a migration: the commands that list them come first, then the delete.
  await expect(dialog.getByRole('group', { name: 'TiDB Cloud CLI command' }).locator('code')).toHaveText(
    `ticloud serverless changefeed list --cluster-id ${AWS_CLUSTER}\nticloud serverless migration list -c ${AWS_CLUSTER}\nticloud serverless private-link-connection delete -c ${AWS_CLUSTER} --private-link-connection-id plc-4mzq8r2t6w1y3b5d7f9h`,
  );
  await dialog.getByRole('button', { name: 'Copy TiDB Cloud CLI command' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('private-link-connection delete');
});

test('the developer panel accepts a pending connection, as the user would in the AWS console', async ({ page }) => {
  await page.goto(networking(AWS_CLUSTER));
  await expect(row(page, 'kafka-events').getByText('Pending acceptance')).toBeVisible();
  await page.getByRole('button', { name: 'Mock API' }).click();
  await page.getByRole('button', { name: 'Accept pending now' }).click();
  await expect(row(page, 'kafka-events').getByText('Active')).toBeVisible();
  await expectNoAxeViolations(page);
});
