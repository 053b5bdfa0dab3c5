import { Suspense, useState, type ComponentType, type ReactElement } from 'react';
import { preloadable } from '@/lib/preloadable';

export interface DeferredProps {
  /** A look-alike trigger; `activate` loads the real widget and opens it in its place. */
  placeholder: (activate: (viaKeyboard: boolean) => void) => ReactElement;
}

/**
 * Keeps a heavy interactive widget (a Radix menu) out of the first load: until first use a
 * look-alike trigger stands in; activating it (click, Enter, Space, ArrowDown) loads the widget and
 * opens it (`defaultOpen`). `preload` fetches the code ahead, when the browser is idle.
 */
export interface DeferredOpen {
  defaultOpen?: boolean;
  /** Opened from the keyboard: focus the first item, as a menu opened by keyboard does. */
  focusFirstItem?: boolean;
}

export function deferred<P extends object>(load: () => Promise<ComponentType<P & DeferredOpen>>) {
  const Widget = preloadable(load);

  function Deferred({ placeholder, ...props }: P & DeferredProps) {
    const [state, setState] = useState<'idle' | 'ready' | 'pointer' | 'keyboard'>(Widget.isLoaded() ? 'ready' : 'idle');
    if (state === 'idle') return placeholder((viaKeyboard) => setState(viaKeyboard ? 'keyboard' : 'pointer'));
    return (
      <Suspense fallback={placeholder(() => undefined)}>
        <Widget
          {...(props as unknown as P)}
          defaultOpen={state === 'pointer' || state === 'keyboard'}
          focusFirstItem={state === 'keyboard'}
        />
      </Suspense>
    );
  }
  return Object.assign(Deferred, { preload: Widget.preload });
}

/** Props that make a plain button activate like a menu trigger. */
export function triggerActivation(activate: (viaKeyboard: boolean) => void) {
  return {
    'aria-haspopup': 'menu' as const,
    'aria-expanded': false,
    // Enter and Space on a button fire a click with detail 0.
    onClick: (e: { detail: number }) => activate(e.detail === 0),
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        activate(true);
      }
    },
  };
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
