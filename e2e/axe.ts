import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * axe-core run in the page directly. @axe-core/playwright's AxeBuilder injects axe's ~550 KB
 * source into every frame on each analyze() and collects passes and incomplete results too: about
 * 1 s per call on a 2-core machine, which made axe most of the e2e run. Here axe is evaluated once
 * per document (again only after a navigation) and asked for violations alone; the rules are axe's.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeWindow {
  axe: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
  };
}

/** The violations on the page (or inside `scope`), each as "rule: target, target". */
export async function axeViolations(page: Page, { scope, tags = WCAG_TAGS }: { scope?: Locator; tags?: string[] } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Judge the settled page: a button fading back from its busy state is mid-way between two colours
  // (axe would measure that contrast). Endless animations (a spinner, a pulse) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  if (scope) await scope.evaluate((el) => el.setAttribute('data-axe-scope', ''));
  try {
    return await page.evaluate(
      async ([scoped, values]) => {
        const { axe } = window as unknown as AxeWindow;
        const context = scoped ? { include: [['[data-axe-scope]']] } : document;
        const { violations } = await axe.run(context, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
        return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      },
      [!!scope, tags] as const,
    );
  } finally {
    if (scope) await scope.evaluate((el) => el.removeAttribute('data-axe-scope'));
  }
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).toEqual([]);
}
