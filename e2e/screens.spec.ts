import type { Locator, Page } from '@playwright/test';
import { en, type MessageKey } from '../src/locales/en';
import { zhCN } from '../src/locales/zh-CN';
import { AWS_CLUSTER, expect, networking, test } from './fixtures';
import { SCREENS, checker, type Check } from './screens-check';

/**
 * The page at the widths people use (phone, tablet, laptops, a desktop), in English and Chinese:
 * the list, the navigation menu (below 1024 px), an expanded row, the row menu and every dialog.
 * In each state, at every width: no sideways scroll, every row's actions on screen and not covered,
 * nothing sticking out of (or cut by) its box, targets of at least 24×24 px, the top bar on one
 * line, axe clean (WCAG 2.2 AA); a screenshot of each goes to test-results/screens/.
 *
 * One page per language reaches each state once and then resizes the viewport through the widths
 * (the state as it is, re-laid out), instead of reloading and reopening every state per width.
 * That is the same page a user gets at that width because the layout is CSS-only: the DOM does not
 * depend on the width (no matchMedia, resize or size observer in src; the one matchMedia, in
 * nav-sheet.tsx, only closes the navigation menu from 1024 px, where its button is gone). Being
 * CSS-only, what is visible changes only at the lg (1024 px) and xl (1280 px) breakpoints (the
 * only ones that show or hide elements), so 390 and 768 px show the same elements and so do 1280,
 * 1366 and 1920 px. axe therefore runs its full WCAG set at 390 and 1280 px in every state, and at
 * the other widths only the rules whose result depends on the layout: colour contrast (what lies
 * behind the text), target size (2.5.8) and scrollable regions reachable by keyboard (2.1.1).
 */
/** Below this width the navigation is behind a menu button (nav-menu.tsx's WIDE_NAV_QUERY). */
const WIDE_NAV = 1024;
const CATALOGS = { en, 'zh-CN': zhCN } as const;
type Lang = keyof typeof CATALOGS;
/** 64 characters, the longest name the API takes, and one with no break opportunity. */
const LONG_NAME = 'warehouse-replica-for-quarterly-reporting-and-audit-exports-0001';
const LONG_ALI_LIKE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0fedcba98765432100';

test.describe.configure({ mode: 'parallel' });
// This spec saves a screenshot of every step itself: a local trace (playwright.config.ts keeps one of a
// failing test; CI records none) keeps its DOM snapshots but not a second stream of screenshots.
test.use({ trace: process.env.CI ? 'off' : { mode: 'retain-on-failure', screenshots: false } });

for (const lang of Object.keys(CATALOGS) as Lang[]) {
  test(`${lang} at ${SCREENS.map((s) => s.width).join(', ')} px: list, nav menu, expanded row, row menu and every dialog fit`, async ({ page }) => {
    // One page walks through 8 states at 5 widths; on a loaded 2-core machine that takes a while.
    test.setTimeout(300_000);
    const t = (key: MessageKey, params: Record<string, string> = {}) =>
      CATALOGS[lang][key].replace(/\{(\w+)\}/g, (m, n: string) => params[n] ?? m);
    const everyWidth = checker(page, lang);
    await page.setViewportSize(SCREENS[0]);
    await page.addInitScript((l) => localStorage.setItem('console-lang', l), lang);
    await page.goto(networking(AWS_CLUSTER));
    await page.waitForFunction(() => !!window.__plcMock);
    await addLongValues(page);
    await page.reload();

    const actions = (name: string) => page.getByRole('button', { name: t('menu.actionsFor', { name }), exact: true });
    await expect(actions(LONG_NAME)).toBeVisible({ timeout: 30_000 });
    await expect(actions('orders-rds')).toBeVisible();
    // The top bar is complete (the Mock API button is usable once the page's reads are done) before it is measured.
    await expect(page.getByRole('button', { name: t('dev.toggle'), exact: true })).toBeEnabled();
    // axe reads the whole page expanded (the list plus the details); every other state is scanned where it changed.
    await everyWidth(SCREENS, 'list', { fullPage: true, axe: false, oneLineHeader: true });

    await page.setViewportSize(SCREENS[0]);
    const openMenu = page.getByRole('button', { name: t('app.openMenu') });
    await openMenu.click();
    const menu = page.getByRole('dialog', { name: t('app.menu') });
    await expect(menu.getByRole('link', { name: new RegExp(t('app.networking')) })).toBeVisible();
    await everyWidth(SCREENS.filter((s) => s.width < WIDE_NAV), 'nav-menu', { scope: menu });
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(openMenu).toBeFocused();

    await page.getByRole('button', { name: t('table.showDetails', { name: 'orders-rds' }) }).click();
    const domains = page.getByRole('list', { name: t('table.attachedDomains') });
    await expect(domains.locator(':scope > li')).toHaveCount(2);
    await everyWidth(SCREENS, 'expanded', { fullPage: true });

    await actions('orders-rds').click();
    const rowMenu = page.getByRole('menu');
    await expect(rowMenu.getByRole('menuitem', { name: t('menu.detach') })).not.toHaveAttribute('aria-disabled', 'true');
    await everyWidth(SCREENS, 'row-menu', { scope: rowMenu, reveal: actions('orders-rds'), menuBeside: actions('orders-rds') });
    await page.keyboard.press('Escape');
    await expect(rowMenu).toBeHidden();
    // Radix hands focus back to the trigger a frame later: a menu opened before that would close again.
    await expect(actions('orders-rds')).toBeFocused();

    await page.getByRole('button', { name: t('panel.create'), exact: true }).click();
    await dialogStep(page, everyWidth, 'create', t('create.title'), t('common.cancel'), async (d) => {
      await expect(d.getByText(t('zones.accountId')).first()).toBeVisible();
      // A name typed (the longest) and the CLI block open: its long command scrolls inside its own box, never past the dialog.
      await d.getByRole('textbox', { name: t('create.name') }).fill(LONG_NAME);
      await d.getByText(t('cli.summary'), { exact: true }).click();
      return d.getByRole('group', { name: t('cli.summary') });
    });

    for (const [item, title, ready] of [
      ['menu.attach', 'attach.title', (d: Locator) => d.getByRole('list', { name: t('attach.domainsToAttach') }).getByRole('listitem').first()],
      ['menu.detach', 'detach.title', (d: Locator) => d.getByRole('radio').first()],
      ['menu.delete', 'delete.title', (d: Locator) => d.getByText(t('delete.warningTitle'))],
    ] as const) {
      await actions('orders-rds').click();
      await page.getByRole('menuitem', { name: t(item), exact: true }).click();
      await dialogStep(page, everyWidth, item.slice(5), t(title), t('common.cancel'), ready);
      await expect(actions('orders-rds')).toBeFocused();
    }
  });
}

async function dialogStep(
  page: Page,
  everyWidth: Check,
  state: string,
  title: string,
  cancel: string,
  ready: (d: Locator) => Locator | Promise<Locator>,
) {
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${escape(title)}`) });
  await expect(dialog).toBeVisible();
  const shown = await ready(dialog);
  await expect(shown).toBeVisible();
  // Nothing still loading ("Loading…", "Checking…"); a lasting status (e.g. what is attached already) may stay.
  await expect(dialog.getByRole('status').filter({ hasText: /…/ })).toHaveCount(0);
  await everyWidth(SCREENS, state, { scope: dialog, reveal: shown });
  await dialog.getByRole('button', { name: cancel, exact: true }).click();
  await expect(dialog).toBeHidden();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
