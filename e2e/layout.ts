/**
 * Layout rules checked in the browser (passed to page.evaluate, so each function is self-contained).
 *
 * `layoutProblems` looks at every rendered element that a sighted user can see:
 * - the page does not scroll sideways (the document is no wider than the viewport);
 * - no element reaches past the viewport's left or right edge;
 * - no element's own content is wider than its box (a long value overflowing its cell), unless the
 *   element scrolls on purpose (a text field) — this is what "never overflow their box" means;
 * - no element is cut by an ancestor that clips (overflow other than visible): horizontally always,
 *   vertically only where the ancestor does not scroll (a dialog body that scrolls is fine);
 * - every control (button, link that is not part of a sentence, select, text field, menu item) is at
 *   least 24×24 CSS px (WCAG 2.2, 2.5.8). A radio or checkbox is clicked through its label too: its
 *   target is the label wrapping it, else the largest label[for=its id] (the small box itself is then
 *   excepted as the label is an equivalent target), else the box alone.
 * Text cut with an ellipsis on purpose is not overflowing when its whole text is the title or the
 * accessible name of it or of its control (the cluster switcher on a phone).
 * A box that scrolls sideways on purpose (overflow-x auto/scroll, focusable with tabindex=0 and a
 * name, as a code block is) may hold content wider than itself: it is neither overflowing nor cutting.
 * Visually hidden elements (sr-only: clipped to 1 px) are skipped, and so is what they contain.
 */
export function layoutProblems(): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  const slack = 1;
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> "${text}"`;
  };
  const visuallyHidden = (el: Element, cs: CSSStyleDeclaration, r: DOMRect) =>
    (cs.position === 'absolute' && (cs.clip !== 'auto' || cs.clipPath !== 'none') && r.width <= 1 && r.height <= 1) ||
    el.getAttribute('data-radix-focus-guard') !== null;

  const doc = document.documentElement;
  if (doc.scrollWidth > vw + slack) problems.push(`the page scrolls sideways: ${doc.scrollWidth} px wide in a ${vw} px viewport`);

  const scrollsSideways = (el: Element, cs: CSSStyleDeclaration) =>
    (cs.overflowX === 'auto' || cs.overflowX === 'scroll') &&
    el.getAttribute('tabindex') === '0' &&
    !!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));

  /** Text shortened on purpose ("Clust…"), whose whole text is the title or accessible name of it or its control. */
  const cutWithEllipsis = (el: Element, cs: CSSStyleDeclaration) => {
    if (cs.textOverflow !== 'ellipsis' || cs.overflowX !== 'hidden' || el.children.length > 0) return false;
    const text = (el.textContent ?? '').trim();
    const named = el.closest('[title], [aria-label]');
    return !!text && !!named && `${named.getAttribute('title') ?? ''} ${named.getAttribute('aria-label') ?? ''}`.includes(text);
  };

  type Clip = { el: Element; rect: DOMRect; x: boolean; y: boolean };
  // One walk down the tree, carrying the ancestors that clip (each element's style and box read once).
  // `scrolled`: inside a box that scrolls sideways on purpose, so horizontally only that box counts.
  const visit = (el: Element, clips: Clip[], scrolled: boolean) => {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (cs.display === 'none' || visuallyHidden(el, cs, r)) return;
    if (cs.visibility !== 'hidden' && r.width > 0 && r.height > 0) checkOne(el, cs, r, clips, scrolled);
    const x = cs.overflowX !== 'visible' && !scrollsSideways(el, cs);
    const y = cs.overflowY !== 'visible' && cs.overflowY !== 'auto' && cs.overflowY !== 'scroll';
    // A fixed box (a dialog, a menu) is clipped by nothing its DOM ancestors clip.
    const inner = cs.position === 'fixed' ? [] : clips;
    const next = x || y ? [...inner, { el, rect: r, x, y }] : inner;
    const inScroller = scrolled || scrollsSideways(el, cs);
    for (const child of Array.from(el.children)) visit(child, next, inScroller);
  };

  const checkOne = (el: Element, cs: CSSStyleDeclaration, r: DOMRect, clips: Clip[], scrolled: boolean) => {
    if (!scrolled && (r.left < -slack || r.right > vw + slack))
      problems.push(`${describe(el)} reaches past the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${vw} px)`);

    const scrollsOnPurpose = ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || scrollsSideways(el, cs) || cutWithEllipsis(el, cs);
    if (!scrollsOnPurpose && cs.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + slack)
      problems.push(`${describe(el)} has content ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);

    for (const c of clips) {
      if (c.x && !scrolled && (r.left < c.rect.left - slack || r.right > c.rect.right + slack))
        problems.push(`${describe(el)} is cut at the sides by ${describe(c.el)}`);
      if (c.y && (r.top < c.rect.top - slack || r.bottom > c.rect.bottom + slack))
        problems.push(`${describe(el)} is cut at the top or bottom by ${describe(c.el)}`);
    }

    const control =
      el.matches('button, select, input:not([type=radio]):not([type=checkbox]):not([type=hidden]), textarea, [role=menuitem], [role=button]') ||
      (el.matches('a[href]') && cs.display !== 'inline');
    const target = el.matches('input[type=radio], input[type=checkbox]') ? choiceTarget(el as HTMLInputElement) : control ? el : null;
    if (target) {
      const tr = target.getBoundingClientRect();
      if (tr.width < 24 - 0.5 || tr.height < 24 - 0.5)
        problems.push(`${describe(target)} is a ${Math.round(tr.width)}×${Math.round(tr.height)} px target (under 24×24)`);
    }
  };

  /** The label wrapping a radio or checkbox, else its largest label elsewhere (label[for]), else itself. */
  const choiceTarget = (input: HTMLInputElement): Element => {
    const wrapping = input.closest('label');
    if (wrapping) return wrapping;
    const area = (e: Element) => e.getBoundingClientRect().width * e.getBoundingClientRect().height;
    const labels = Array.from(input.labels ?? []).sort((a, b) => area(b) - area(a));
    return labels[0] ?? input;
  };

  for (const child of Array.from(document.body.children)) visit(child, [], false);
  return [...new Set(problems)];
}

/**
 * Every row's actions button: inside the viewport horizontally and, scrolled into view, the
 * element actually hit at its centre (nothing such as a floating button covers it).
 */
export function rowActionProblems(): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  const x = scrollX;
  const y = scrollY;
  const buttons = Array.from(document.querySelectorAll('[data-testid=connection-row] > td:last-child button'));
  const rows = document.querySelectorAll('[data-testid=connection-row]').length;
  if (buttons.length !== rows) problems.push(`${buttons.length} actions buttons for ${rows} rows`);
  for (const b of buttons) {
    b.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = b.getBoundingClientRect();
    const name = b.getAttribute('aria-label');
    if (r.left < 0 || r.right > vw) problems.push(`${name}: at ${Math.round(r.left)}–${Math.round(r.right)} px, outside the ${vw} px viewport`);
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!hit || !b.contains(hit)) problems.push(`${name}: covered by ${hit ? hit.outerHTML.slice(0, 80) : 'nothing'}`);
  }
  scrollTo(x, y);
  return problems;
}
