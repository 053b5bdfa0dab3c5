import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';

// The axe check every spec relies on can fail: a nameless button and a low-contrast text are found,
// on the whole page and inside a scope, and what is outside the scope is not reported.
test('the axe check reports violations, inside a scope too', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><div id="a"><button></button></div>' +
      '<p id="b" style="color:#ccc;background:#fff">faint</p></main></html>',
  );
  const all = await axeViolations(page);
  expect(all.map((v) => v.split(':')[0]).sort()).toEqual(['button-name', 'color-contrast']);
  expect(await axeViolations(page, { scope: page.locator('#a') })).toEqual(['button-name: button']);
});
