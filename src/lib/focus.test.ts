import type { MouseEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { refocusAfter } from './focus';

/** A section with a heading, a field and the button clicked; `action` removes the button. */
function page(headingTabindex?: string) {
  document.body.innerHTML = `
    <section><h2${headingTabindex === undefined ? '' : ` tabindex="${headingTabindex}"`}>Title</h2><input name="field"><button>Remove</button></section>
    <button id="outside">Outside</button>`;
  const button = document.querySelector('section button') as HTMLButtonElement;
  button.focus();
  return { button, heading: document.querySelector('h2') as HTMLElement, field: document.querySelector('input') as HTMLElement };
}
const click = (target: HTMLElement) => ({ currentTarget: target }) as unknown as MouseEvent<HTMLElement>;

describe('refocusAfter: focus does not fall back to <body> when the button clicked goes', () => {
  it('runs the action, then focuses a heading, made focusable by script only', () => {
    const { button, heading } = page();
    const action = vi.fn(() => button.remove());
    refocusAfter('h2', action)(click(button));
    expect(action).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('an element that takes focus of its own keeps its tab order', () => {
    const { button, field } = page();
    refocusAfter('input', () => button.remove())(click(button));
    expect(document.activeElement).toBe(field);
    expect(field.hasAttribute('tabindex')).toBe(false);
    expect(field.tabIndex).toBe(0);
  });

  it('a tabindex already set is left as it is', () => {
    const { button, heading } = page('-2');
    refocusAfter('h2', () => button.remove())(click(button));
    expect(heading.getAttribute('tabindex')).toBe('-2');
    const again = page('0');
    refocusAfter('h2', () => again.button.remove())(click(again.button));
    expect(again.heading.getAttribute('tabindex')).toBe('0');
    expect(document.activeElement).toBe(again.heading);
  });

  it('nothing found, or no section around the button: the action still runs, focus is not moved', () => {
    const { button } = page();
    const action = vi.fn();
    refocusAfter('h3', action)(click(button));
    expect(action).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(button);
    const outside = document.getElementById('outside') as HTMLElement;
    outside.focus();
    refocusAfter('h2', action)(click(outside));
    expect(action).toHaveBeenCalledTimes(2);
    expect(document.activeElement).toBe(outside);
  });
});
