import * as DropdownMenuPrimitive from '@radix-ui/react-dropdown-menu';
import type { ComponentProps, KeyboardEvent } from 'react';
import { clsx } from 'clsx';

/**
 * Thin wrappers over Radix DropdownMenu (as shadcn/ui's): Radix's parts with the console's styles.
 * Classes are added, not merged (no tailwind-merge): a caller adds what the wrapper leaves unset
 * (an item's colours and highlight, a label's look).
 */
export const DropdownMenu = DropdownMenuPrimitive.Root;
export const DropdownMenuTrigger = DropdownMenuPrimitive.Trigger;
export const DropdownMenuGroup = DropdownMenuPrimitive.Group;
export const DropdownMenuLabel = DropdownMenuPrimitive.Label;

export function DropdownMenuContent({ className, onKeyDownCapture, ...props }: ComponentProps<typeof DropdownMenuPrimitive.Content>) {
  return (
    <DropdownMenuPrimitive.Portal>
      <DropdownMenuPrimitive.Content
        className={clsx('z-50 rounded-md border border-slate-200 bg-white p-1 shadow-lg', className)}
        onKeyDownCapture={(e) => {
          moveFocusNow(e);
          onKeyDownCapture?.(e);
        }}
        {...props}
      />
    </DropdownMenuPrimitive.Portal>
  );
}

/**
 * Up and down move focus at once: Radix moves it in a timeout, so on a busy page a second key
 * pressed before that ran moved from the same item again, and one key was lost.
 */
function moveFocusNow(e: KeyboardEvent<HTMLDivElement>) {
  const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
  if (!step) return;
  e.preventDefault();
  e.stopPropagation();
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[role=menuitem]'));
  const at = items.findIndex((item) => item === document.activeElement);
  const next = at < 0 ? (step > 0 ? 0 : items.length - 1) : Math.min(Math.max(at + step, 0), items.length - 1);
  items[next]?.focus({ preventScroll: true });
}

export function DropdownMenuItem({ className, ...props }: ComponentProps<typeof DropdownMenuPrimitive.Item>) {
  return (
    <DropdownMenuPrimitive.Item
      className={clsx('flex cursor-pointer flex-col rounded px-2 py-1.5 text-sm outline-none', className)}
      {...props}
    />
  );
}
