import type { MouseEvent } from 'react';

/**
 * A click handler that runs `action`, which removes the button clicked, then focuses what
 * `selector` finds in the button's `<section>`, so that focus does not fall back to `<body>`.
 * An element that takes no focus of its own (a heading) becomes focusable by script only.
 */
export function refocusAfter(selector: string, action: () => void) {
  return (e: MouseEvent<HTMLElement>) => {
    const target = e.currentTarget.closest('section')?.querySelector<HTMLElement>(selector);
    action();
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  };
}
