import { Suspense, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { LoadBoundary, LoadFailedButton } from './load-boundary';

/** What the menu (loaded on demand, see menu-surface.tsx) receives from its button. */
export interface MenuSurfaceProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button: where focus returns, and a click on it is not a click outside. */
  trigger: HTMLButtonElement | null;
  /** Opened from the keyboard: focus the first item, moved by the arrow keys typed ahead of the menu. */
  viaKeyboard: boolean;
  /** Arrow keys pressed on the button while the menu opened: +1 a ArrowDown, −1 a ArrowUp. */
  typedAhead: RefObject<number>;
  labelledBy: string;
}

/**
 * A menu button drawn once, whose menu's code loads on demand: `preload` runs on hover and focus
 * (and whenever the page calls it, e.g. when idle); the menu mounts on first open. Click, Enter,
 * Space and ArrowDown open it, as a menu button does (WAI-ARIA APG).
 */
export function MenuButton({
  label,
  disabled,
  className,
  children,
  preload,
  menu,
}: {
  label: string;
  disabled?: boolean;
  className: string;
  children: ReactNode;
  preload: () => Promise<unknown>;
  menu: (surface: MenuSurfaceProps) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [viaKeyboard, setViaKeyboard] = useState(false);
  const [mounted, setMounted] = useState(false);
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  const id = useId();
  const warm = () => void preload().catch(() => undefined);
  // Arrow keys that reach the button while its menu opens (code loading, focus not in it yet).
  const moves = useRef(0);
  const show = (keyboard: boolean) => {
    moves.current = 0;
    setViaKeyboard(keyboard);
    setMounted(true);
    setOpen(true);
  };
  return (
    <span className="relative inline-flex">
      <button
        ref={setTrigger}
        id={id}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        className={className}
        onPointerEnter={warm}
        onFocus={warm}
        // Enter and Space on a button fire a click with detail 0.
        onClick={(e) => (open ? setOpen(false) : show(e.detail === 0))}
        onKeyDown={(e) => {
          const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
          if (!step || (!open && step < 0)) return;
          e.preventDefault();
          if (!open) return show(true);
          // Typed ahead of the menu: kept, and applied now if the menu is there already.
          moves.current += step;
          focusMenuItem(document.querySelector(`[role=menu][aria-labelledby="${CSS.escape(id)}"]`), moves.current);
        }}
      >
        {children}
      </button>
      {mounted && (
        // The menu's code could not load: said under the button while it is open; reopening tries again.
        <LoadBoundary
          resetKeys={[open]}
          fallback={(retry) =>
            open && <LoadFailedButton onRetry={retry} className="absolute top-full right-0 z-50 mt-1 w-max rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-red-800 shadow" />
          }
        >
          <Suspense fallback={null}>{menu({ open, onOpenChange: setOpen, trigger, viaKeyboard, typedAhead: moves, labelledBy: id })}</Suspense>
        </LoadBoundary>
      )}
    </span>
  );
}

/** Focuses the menu's item at `index` (clamped to the first and last, as the menu's own arrows stop there). */
export function focusMenuItem(menu: Element | null, index: number) {
  const items = menu ? Array.from(menu.querySelectorAll<HTMLElement>('[role=menuitem]')) : [];
  items[Math.min(Math.max(index, 0), items.length - 1)]?.focus({ preventScroll: true });
}
