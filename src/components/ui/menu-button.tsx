import { Suspense, useId, useState, type ReactNode } from 'react';

/** What the menu (loaded on demand, see menu-surface.tsx) receives from its button. */
export interface MenuSurfaceProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button: where focus returns, and a click on it is not a click outside. */
  trigger: HTMLButtonElement | null;
  /** Opened from the keyboard: focus the first item. */
  focusFirstItem: boolean;
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
  const show = (keyboard: boolean) => {
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
          if (e.key !== 'ArrowDown') return;
          e.preventDefault();
          show(true);
        }}
      >
        {children}
      </button>
      {mounted && (
        <Suspense fallback={null}>
          {menu({ open, onOpenChange: setOpen, trigger, focusFirstItem: viaKeyboard, labelledBy: id })}
        </Suspense>
      )}
    </span>
  );
}
