import { AWS_CLUSTER, expect, networking, test } from './fixtures';

/**
 * A keyboard user who opens a row menu and moves at once (Enter, then ArrowDown twice, with no
 * wait) lands where the keys point. The menu (button and all) is its own chunk, asked for once the
 * page's reads are done: until its code is there the button is shown but not usable, so nothing
 * typed at it is lost or replayed later.
 */
for (const codeDelayMs of [0, 1500])
  test(`keys pressed as the row menu opens land where they point (menu code ${codeDelayMs ? `${codeDelayMs} ms late` : 'loaded'})`, async ({ page }) => {
    // The menu's code is a static file (not an API call through the mock's worker): page.route sees it.
    await page.route(/\/assets\/(row-menu|dropdown-menu)-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, codeDelayMs));
      await route.continue();
    });
    await page.goto(networking(AWS_CLUSTER));
    const button = page.getByRole('button', { name: 'Actions for orders-rds', exact: true });
    if (codeDelayMs) await expect(button).toBeDisabled();
    await expect(button).toBeEnabled();
    await button.focus();
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
