import { AWS_CLUSTER, expect, networking, test } from './fixtures';

/**
 * A keyboard user who opens a row menu and moves at once (Enter, then ArrowDown) lands where the
 * keys point, whether the menu's code is still loading (a cold page) or the menu is between its
 * first frame and the focus on its first item. Seen before the fix: Enter + ArrowDown landed on
 * the first item about 1 time in 6 on a cold page.
 */
for (const codeDelayMs of [0, 1500])
  test(`keys pressed while the row menu opens are kept (menu code ${codeDelayMs ? `${codeDelayMs} ms late` : 'loaded'})`, async ({ page }) => {
    // The menu's code is a static file (not an API call through the mock's worker): page.route sees it.
    await page.route(/\/assets\/(row-menu|menu-surface)-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, codeDelayMs));
      await route.continue();
    });
    await page.goto(networking(AWS_CLUSTER));
    const button = page.getByRole('button', { name: 'Actions for orders-rds', exact: true });
    await button.focus();
    if (!codeDelayMs) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    // One after the other, with no wait: as fast as a person types.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menu')).toBeVisible();
    await expect(page.getByRole('menuitem', { name: /^Delete/ })).toBeFocused();
    // And on from there, as the menu itself moves.
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: /^Detach Domains/ })).toBeFocused();
  });
