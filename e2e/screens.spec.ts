import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { en, type MessageKey } from '../src/locales/en';
import { zhCN } from '../src/locales/zh-CN';
import { axeViolations } from './axe';
import { AWS_CLUSTER, expect, networking, test } from './fixtures';
import { layoutProblems, rowActionProblems } from './layout';

/**
 * The page at the widths people use (phone, tablet, laptops, a desktop), in English and Chinese:
 * the list, an expanded row, the row menu and every dialog. At each step: no sideways scroll,
 * every row's actions on screen and not covered, nothing sticking out of (or cut by) its box,
 * targets of at least 24×24 px, axe clean (WCAG 2.2 AA). Screenshots go to test-results/screens/.
 */
const SCREENS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const CATALOGS = { en, 'zh-CN': zhCN } as const;
type Lang = keyof typeof CATALOGS;
/** Where the screenshots go (SCREENS_DIR moves them, e.g. out of a test-results another run clears). */
const SHOTS = process.env.SCREENS_DIR ?? 'test-results/screens';

/** 64 characters, the longest name the API takes, and one with no break opportunity. */
const LONG_NAME = 'warehouse-replica-for-quarterly-reporting-and-audit-exports-0001';
const LONG_ALI_LIKE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0fedcba98765432100';

test.describe.configure({ mode: 'parallel' });

for (const lang of Object.keys(CATALOGS) as Lang[]) {
  for (const screen of SCREENS) {
    test(`${lang} at ${screen.width}×${screen.height}: list, expanded row, row menu and every dialog fit`, async ({ page }) => {
      // One page walks through a dozen states; on a loaded 2-core machine that takes minutes.
      test.setTimeout(300_000);
      const t = (key: MessageKey, params: Record<string, string> = {}) =>
        CATALOGS[lang][key].replace(/\{(\w+)\}/g, (m, n: string) => params[n] ?? m);
      const check = checker(page, lang, screen.width);
      await page.setViewportSize(screen);
      await page.addInitScript((l) => localStorage.setItem('console-lang', l), lang);
      await page.goto(networking(AWS_CLUSTER));
      await page.waitForFunction(() => !!window.__plcMock);
      await addLongValues(page);
      await page.reload();

      const actions = (name: string) => page.getByRole('button', { name: t('menu.actionsFor', { name }), exact: true });
      await expect(actions(LONG_NAME)).toBeVisible({ timeout: 30_000 });
      await expect(actions('orders-rds')).toBeVisible();
      // axe reads the whole page once, expanded (the list plus the details); every other state is scanned where it changed.
      await check('list', { fullPage: true, axe: false });

      if (screen.width < 1024) {
        await page.getByRole('button', { name: t('app.openMenu') }).click();
        const menu = page.getByRole('dialog', { name: t('app.menu') });
        await expect(menu.getByRole('link', { name: new RegExp(t('app.networking')) })).toBeVisible();
        await check('nav-menu', { scope: menu });
        await page.keyboard.press('Escape');
        await expect(menu).toBeHidden();
        await expect(page.getByRole('button', { name: t('app.openMenu') })).toBeFocused();
      }

      await page.getByRole('button', { name: t('table.showDetails', { name: 'orders-rds' }) }).click();
      const domains = page.getByRole('list', { name: t('table.attachedDomains') });
      await expect(domains.locator(':scope > li')).toHaveCount(2);
      await check('expanded', { fullPage: true });

      await actions('orders-rds').click();
      const rowMenu = page.getByRole('menu');
      await expect(rowMenu.getByRole('menuitem', { name: t('menu.detach') })).not.toHaveAttribute('aria-disabled', 'true');
      await check('row-menu', { scope: rowMenu });
      await page.keyboard.press('Escape');
      await expect(rowMenu).toBeHidden();
      // Radix hands focus back to the trigger a frame later: a menu opened before that would close again.
      await expect(actions('orders-rds')).toBeFocused();

      await page.getByRole('button', { name: t('panel.create'), exact: true }).click();
      await dialogStep(page, check, 'create', t('create.title'), t('common.cancel'), (d) => d.getByText(t('zones.accountId')).first());

      for (const [item, title, ready] of [
        ['menu.attach', 'attach.title', (d: Locator) => d.getByRole('list', { name: t('attach.domainsToAttach') }).getByRole('listitem').first()],
        ['menu.detach', 'detach.title', (d: Locator) => d.getByRole('radio').first()],
        ['menu.delete', 'delete.title', (d: Locator) => d.getByText(t('delete.warningTitle'))],
      ] as const) {
        await actions('orders-rds').click();
        await page.getByRole('menuitem', { name: t(item), exact: true }).click();
        await dialogStep(page, check, item.slice(5), t(title), t('common.cancel'), ready);
        await expect(actions('orders-rds')).toBeFocused();
      }
    });
  }
}

type Check = (state: string, opts?: { fullPage?: boolean; scope?: Locator; axe?: boolean }) => Promise<void>;

async function dialogStep(page: Page, check: Check, state: string, title: string, cancel: string, ready: (d: Locator) => Locator) {
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${escape(title)}`) });
  await expect(dialog).toBeVisible();
  await expect(ready(dialog)).toBeVisible();
  // Nothing still loading ("Loading…", "Checking…"); a lasting status (e.g. what is attached already) may stay.
  await expect(dialog.getByRole('status').filter({ hasText: /…/ })).toHaveCount(0);
  await check(state, { scope: dialog });
  await dialog.getByRole('button', { name: cancel, exact: true }).click();
  await expect(dialog).toBeHidden();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One check of the page in a state: the layout rules, axe, and a screenshot to look at. */
function checker(page: Page, lang: Lang, width: number): Check {
  mkdirSync(SHOTS, { recursive: true });
  return async (state, { fullPage = false, scope, axe: runAxe = true } = {}) => {
    const name = `${lang}-${width}-${state}`;
    // Fonts (the CJK one especially) change every width: measure after they are in.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
    expect(await page.evaluate(layoutProblems), `${name}: layout`).toEqual([]);
    if (!scope) expect(await page.evaluate(rowActionProblems), `${name}: row actions`).toEqual([]);
    if (!runAxe) return;
    expect(await axeViolations(page, { scope }), `${name}: axe`).toEqual([]);
  };
}

/**
 * Long values where they can hurt: a 64-character name (ACTIVE), a failed connection with a long
 * message, and a second attached group (Confluent, with its unique name) on orders-rds.
 */
async function addLongValues(page: Page) {
  await page.evaluate(
    ([cluster, longName, service]) => {
      const db = window.__plcMock!.db;
      db.change((data) => {
        const orders = data.connections.find((c) => c.displayName === 'orders-rds')!;
        const now = new Date().toISOString();
        data.connections.push(
          { ...orders, privateLinkConnectionId: 'plc-longname0000000001', displayName: longName, createTime: now, updateTime: now },
          {
            ...orders,
            privateLinkConnectionId: 'plc-failed00000000000001',
            displayName: 'failed-wrong-region',
            state: 'FAILED',
            awsEndpointService: { ...orders.awsEndpointService!, name: service },
            message: `The endpoint service ${service} is in us-west-2, but the cluster is in us-east-1. Create the endpoint service in us-east-1 and try again.`,
            createTime: now,
            updateTime: now,
          },
        );
        data.attachDomains.push({
          attachDomainId: 'ad-confluent000000001',
          clusterId: cluster,
          privateLinkConnectionId: orders.privateLinkConnectionId,
          type: 'CONFLUENT',
          uniqueName: 'lkc-abc123xyz.domnprzqrog.us-east-1',
          domains: ['use1-az1', 'use1-az2', 'use1-az4', 'use1-az6'].map((az) => ({
            name: `${az}.domnprzqrog.us-east-1.aws.confluent.cloud`,
            state: 'ACTIVE',
          })),
          createdBy: 'carol.long-email-address-for-layout@acme-corporation.example',
          createTime: now,
        });
      });
    },
    [AWS_CLUSTER, LONG_NAME, LONG_ALI_LIKE] as const,
  );
}
