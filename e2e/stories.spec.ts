import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * Every Storybook story renders on the MSW handlers without an error, and its play function (if
 * any) completes. The built Storybook is served on STORYBOOK_URL by the Playwright web server.
 */
const STORYBOOK = process.env.STORYBOOK_URL ?? 'http://localhost:6106';
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, { type: string; title: string; name: string }> };
const stories = Object.entries(index.entries).filter(([, e]) => e.type === 'story');

test('there are stories for the panel, the row menu and every dialog', () => {
  const titles = new Set(stories.map(([, e]) => e.title));
  for (const t of ['Private link/Panel', 'Private link/Row menu', 'Private link/Create dialog', 'Private link/Attach Domains dialog', 'Private link/Detach Domains dialog', 'Private link/Delete dialog'])
    expect(titles).toContain(t);
});

for (const [id, entry] of stories) {
  test(`story ${entry.title} › ${entry.name}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${STORYBOOK}/iframe.html?id=${id}&viewMode=story`);
    await expect(page.locator('#storybook-root > *, [role=dialog]').first()).toBeVisible();
    // Storybook marks the story as rendered once its play function has finished (or failed).
    await page.waitForFunction(() => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'));
    await page.waitForTimeout(300);
    await expect(page.locator('.sb-errordisplay')).toBeHidden();
    expect(errors).toEqual([]);
  });
}
