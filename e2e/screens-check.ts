import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect } from './fixtures';
import { layoutProblems, rowActionProblems } from './layout';

/** How screens.spec.ts checks a state at each width: layout rules, axe and a screenshot. */

export const SCREENS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/** Widths where axe runs every WCAG rule (one per set of visible elements: cards, table). */
const FULL_AXE_WIDTHS = [390, 1280];
/** axe's tags of the success criteria whose rules depend on layout (color-contrast; target-size; scrollable-region-focusable). */
const LAYOUT_AXE_TAGS = ['wcag143', 'wcag258', 'wcag211'];
/** Where the screenshots go (SCREENS_DIR moves them, e.g. out of a test-results another run clears). */
const SHOTS = process.env.SCREENS_DIR ?? 'test-results/screens';

export type CheckOptions = {
  fullPage?: boolean;
  /** Only this part changed: axe reads it alone (the row actions are checked on the page alone). */
  scope?: Locator;
  axe?: boolean;
  /** The top bar keeps every control on one line. */
  oneLineHeader?: boolean;
  /** A menu that must stay next to its button (it is repositioned after a resize). */
  menuBeside?: Locator;
  /** What the screenshot must show: scrolled into view at each width (the page or dialog scrolls differently). */
  reveal?: Locator;
};
export type Check = (screens: typeof SCREENS, state: string, opts?: CheckOptions) => Promise<void>;

/**
 * The state on screen at each width in turn: the layout rules, axe, and a screenshot to look at.
 * After each resize it waits for the fonts (the CJK one changes every width) and until nothing
 * moves any more (Radix repositions an open menu a frame or two after the resize).
 */
export function checker(page: Page, lang: string): Check {
  mkdirSync(SHOTS, { recursive: true });
  return async (screens, state, { fullPage = false, scope, axe = true, oneLineHeader = false, menuBeside, reveal } = {}) => {
    for (const screen of screens) {
      const name = `${lang}-${screen.width}-${state}`;
      await page.setViewportSize(screen);
      if (reveal) await reveal.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.evaluate(settled);
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage, caret: 'initial' });
      expect(await page.evaluate(layoutProblems), `${name}: layout`).toEqual([]);
      if (!scope) expect(await page.evaluate(rowActionProblems), `${name}: row actions`).toEqual([]);
      if (oneLineHeader) expect(await page.locator('header').evaluate(headerLines), `${name}: top bar lines`).toBe(1);
      if (menuBeside) expect(await gap(menuBeside, scope!), `${name}: the menu beside its button`).toBeLessThan(48);
      if (!axe) continue;
      const tags = FULL_AXE_WIDTHS.includes(screen.width) ? undefined : LAYOUT_AXE_TAGS;
      expect(await axeViolations(page, { scope, tags }), `${name}: axe`).toEqual([]);
    }
  };
}

/**
 * Fonts in (the CJK one changes every width), a frame drawn, then frames until the popups (an open
 * menu, which Radix repositions after a resize; a dialog) are where they were one frame before.
 */
async function settled() {
  await document.fonts.ready;
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const popups = () =>
    Array.from(document.querySelectorAll('[data-radix-popper-content-wrapper], [role=dialog], [role=menu]'), (el) => {
      const r = el.getBoundingClientRect();
      return `${r.x},${r.y},${r.width},${r.height}`;
    }).join(';');
  await frame();
  let before = popups();
  for (let i = 0; i < 30; i++) {
    await frame();
    const now = popups();
    if (now === before) return;
    before = now;
  }
}

/** How many lines the top bar's items sit on (items whose vertical middles differ by under 8 px share one). */
function headerLines(header: Element) {
  const middles = Array.from(header.querySelectorAll('button, select, a, span'))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 1 && r.height > 1)
    .map((r) => r.top + r.height / 2)
    .sort((a, b) => a - b);
  return middles.reduce((lines, m, i) => lines + (i > 0 && m - middles[i - 1] >= 8 ? 1 : 0), 1);
}

/** The distance between a popup and its button (0 when they touch or overlap). */
async function gap(button: Locator, popup: Locator) {
  const [a, b] = await Promise.all([button.boundingBox(), popup.boundingBox()]);
  if (!a || !b) return Infinity;
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}
