import { expect, test as base, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORYBOOK_DIR, STORYBOOK_URL } from '../scripts/e2e-env.mjs';

/**
 * Every Storybook story renders on the MSW handlers without an error, and its play function (if
 * any) passes. Stories are read from the built Storybook's index.json, so any story added, renamed
 * or removed is checked without touching this file.
 *
 * One cold load of iframe.html costs ~10 s on a busy 2-core machine, so each worker loads it ONCE
 * and switches stories in the page the way Storybook's own manager does: it emits `setCurrentStory`
 * on the preview's channel and listens to the events the preview reports for that render. Every
 * story still gets a fresh render (Storybook unmounts the last one; .storybook/preview.tsx gives
 * each story a new query client and puts its mock database back as the story's setup made it;
 * the MSW loader re-applies the story's handlers).
 */

interface Entry {
  id: string;
  type: string;
  title: string;
  name: string;
  tags?: string[];
}

const indexFile = join(STORYBOOK_DIR, 'index.json');
if (!existsSync(indexFile))
  throw new Error(`${indexFile} is missing: build the stories first (npm run test:e2e does, or STORYBOOK_DIR=${STORYBOOK_DIR} npm run build-storybook)`);
const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, Entry> };
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

/** What the preview reported while rendering one story (see StoryRender.render in storybook/preview-api). */
interface StoryReport {
  phases: string[];
  /** storyErrored, storyThrewException, playFunctionThrewException, unhandledErrorsWhilePlaying, storyMissing. */
  errors: string[];
  status?: string;
}

/** Renders `storyId` in the already loaded preview and resolves when Storybook has finished with it. */
function renderStory(page: Page, storyId: string): Promise<StoryReport> {
  return page.evaluate(async (id) => {
    type Channel = { on(e: string, f: (p: unknown) => void): void; off(e: string, f: (p: unknown) => void): void; emit(e: string, p: unknown): void };
    const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
    const report: StoryReport = { phases: [], errors: [] };
    // Testing Library puts the whole DOM into its messages: the first line says what failed.
    const text = (p: unknown): string => {
      if (Array.isArray(p)) return p.map(text).join('; ');
      if (p && typeof p === 'object' && 'message' in p) {
        const { name, message } = p as { name?: string; message: unknown };
        return `${name ?? 'Error'}: ${String(message).split('\n')[0]}`;
      }
      return typeof p === 'string' ? p : JSON.stringify(p);
    };
    return await new Promise<StoryReport>((resolve) => {
      const listeners: [string, (p: unknown) => void][] = [];
      const done = () => {
        for (const [e, f] of listeners) channel.off(e, f);
        resolve(report);
      };
      const on = (event: string, f: (p: unknown) => void) => {
        listeners.push([event, f]);
        channel.on(event, f);
      };
      on('storyRenderPhaseChanged', (p) => {
        const { newPhase, storyId } = p as { newPhase: string; storyId: string };
        if (storyId === id) report.phases.push(newPhase);
      });
      for (const event of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying'])
        on(event, (p) => report.errors.push(`${event}: ${text(p)}`));
      // A story that cannot even be loaded never reaches storyFinished.
      for (const event of ['storyMissing', 'storyThrewException'])
        on(event, () => done());
      on('storyFinished', (p) => {
        const { storyId, status } = p as { storyId: string; status: string };
        if (storyId !== id) return;
        report.status = status;
        done();
      });
      channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    });
  }, storyId);
}

interface Preview {
  page: Page;
  /** Uncaught errors in the page since the last `takeErrors`. */
  takeErrors(): string[];
}

const test = base.extend<{ story: Preview }, { preview: Preview }>({
  // One page per worker, loaded once: the preview without a story selected.
  preview: [
    async ({ browser }, provide, workerInfo) => {
      const { viewport, locale, userAgent, deviceScaleFactor } = workerInfo.project.use;
      const context = await browser.newContext({
        viewport,
        locale,
        deviceScaleFactor,
        // Storybook's own test runner announces itself so; the preview then stops CSS animations
        // instead of waiting up to 5 s for them (storybook/preview-api: isTestEnvironment).
        userAgent: `${userAgent ?? ''} StorybookTestRunner`,
      });
      const page = await context.newPage();
      let errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${STORYBOOK_URL}/iframe.html`);
      await page.waitForFunction(() => '__STORYBOOK_PREVIEW__' in window, undefined, { timeout: 90_000 });
      await page.evaluate(() => (window as unknown as { __STORYBOOK_PREVIEW__: { ready(): Promise<void> } }).__STORYBOOK_PREVIEW__.ready());
      await provide({
        page,
        takeErrors: () => {
          const taken = errors;
          errors = [];
          return taken;
        },
      });
      await context.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  story: async ({ preview }, provide, testInfo) => {
    // Errors thrown after the previous story finished (a late promise, a timer) belong to it.
    const late = preview.takeErrors();
    expect(late, 'uncaught errors after the previous story in this page had finished').toEqual([]);
    await provide(preview);
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach('screenshot', { body: await preview.page.screenshot(), contentType: 'image/png' });
  },
});

test('there are stories for the panel, the row menu and every dialog', () => {
  const titles = new Set(stories.map((e) => e.title));
  for (const t of ['Private link/Panel', 'Private link/Row menu', 'Private link/Create dialog', 'Private link/Attach Domains dialog', 'Private link/Detach Domains dialog', 'Private link/Delete dialog'])
    expect(titles).toContain(t);
});

// Two groups, one per worker; inside a group the stories run in index order in one page, so a
// run is reproducible (a story that leaked state into the next would fail the same way each time).
const GROUPS = 2;
for (let g = 0; g < GROUPS; g += 1) {
  test.describe(`stories ${g + 1}/${GROUPS}`, () => {
    test.describe.configure({ mode: 'default' });
    for (const entry of stories.filter((_, i) => i % GROUPS === g)) {
      test(`story ${entry.title} › ${entry.name}`, async ({ story }) => {
        const report = await renderStory(story.page, entry.id);
        expect(report.errors, 'errors reported by Storybook').toEqual([]);
        expect(report.status, `storyFinished status (phases: ${report.phases.join(' → ')})`).toBe('success');
        expect(report.phases).not.toContain('errored');
        // A story's play function ran to its end.
        if (entry.tags?.includes('play-fn')) expect(report.phases).toContain('played');
        await expect(story.page.locator('#storybook-root > *, [role=dialog]').first()).toBeVisible();
        await expect(story.page.locator('.sb-errordisplay')).toBeHidden();
        expect(story.takeErrors(), 'uncaught errors in the page').toEqual([]);
      });
    }
  });
}
