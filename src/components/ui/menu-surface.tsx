import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';
import { focusMenuItem, type MenuSurfaceProps } from './menu-button';

/**
 * The menu of a MenuButton (Radix DropdownMenu, loaded on demand): anchored on the button it opens
 * from through an invisible stand-in, so the button itself is drawn once and never replaced.
 */
export function MenuSurface({
  open,
  onOpenChange,
  trigger,
  viaKeyboard,
  typedAhead,
  labelledBy,
  align,
  sideOffset,
  className,
  children,
}: MenuSurfaceProps & { align: 'start' | 'end'; sideOffset: number; className: string; children: ReactNode }) {
  return (
    // Not modal: a dialog opened from an item must not inherit the menu's pointer-events lock.
    <DropdownMenu.Root open={open} onOpenChange={onOpenChange} modal={false}>
      <DropdownMenu.Trigger asChild>
        <span aria-hidden="true" tabIndex={-1} className="pointer-events-none absolute inset-0" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          // Opened from the keyboard: focus goes at once (Radix then leaves it there) to the item the
          // keys typed so far point to, not to the menu a moment later, which a key pressed meanwhile
          // would miss. Once focus is in the menu, its own arrow keys move it.
          ref={
            viaKeyboard
              ? (menu) => {
                  if (menu && !menu.contains(document.activeElement)) focusMenuItem(menu, typedAhead.current);
                }
              : undefined
          }
          aria-labelledby={labelledBy}
          align={align}
          sideOffset={sideOffset}
          className={className}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            trigger?.focus();
          }}
          // Up and down move focus at once: Radix moves it in a timeout, so on a busy page a second
          // key pressed before that ran moved from the same item again, and one key was lost.
          onKeyDownCapture={(e) => {
            const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
            if (!step) return;
            e.preventDefault();
            e.stopPropagation();
            const items = Array.from(e.currentTarget.querySelectorAll('[role=menuitem]'));
            const at = items.findIndex((item) => item === document.activeElement);
            focusMenuItem(e.currentTarget, at < 0 ? (step > 0 ? 0 : items.length - 1) : at + step);
          }}
          // A click on the button toggles the menu itself: it is not a click outside.
          onInteractOutside={(e) => trigger?.contains(e.target as Node) && e.preventDefault()}
        >
          {children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
