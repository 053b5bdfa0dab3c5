import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';
import type { MenuSurfaceProps } from './menu-button';

/**
 * The menu of a MenuButton (Radix DropdownMenu, loaded on demand): anchored on the button it opens
 * from through an invisible stand-in, so the button itself is drawn once and never replaced.
 */
export function MenuSurface({
  open,
  onOpenChange,
  trigger,
  focusFirstItem,
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
          ref={focusFirstItem ? focusFirstMenuItem : undefined}
          aria-labelledby={labelledBy}
          align={align}
          sideOffset={sideOffset}
          className={className}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            trigger?.focus();
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

/** A ref for menu content opened from the keyboard: focus goes to its first item, not the menu itself. */
export function focusFirstMenuItem(content: HTMLElement | null) {
  if (!content) return;
  requestAnimationFrame(() => {
    // The user may already have moved with the arrow keys: leave their focus alone.
    if (document.activeElement?.closest('[role=menuitem]') && content.contains(document.activeElement)) return;
    content.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  });
}
