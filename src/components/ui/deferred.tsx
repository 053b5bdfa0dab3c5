import { lazy, Suspense, useState, type ComponentType, type ReactElement } from 'react';

export interface DeferredProps {
  /** A look-alike trigger; `activate` loads the real widget and opens it in its place. */
  placeholder: (activate: () => void) => ReactElement;
}

/**
 * Keeps a heavy interactive widget (a Radix menu) out of the first load: until first use a
 * look-alike trigger stands in; activating it (click, Enter, Space, ArrowDown) loads the widget and
 * opens it (`defaultOpen`). `preload` fetches the code ahead, when the browser is idle.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P & { defaultOpen?: boolean }>>) {
  let loaded = false;
  const preload = () =>
    load().then((c) => {
      loaded = true;
      return c;
    });
  const Lazy = lazy(() => preload().then((C) => ({ default: C })));

  function Deferred({ placeholder, ...props }: P & DeferredProps) {
    const [state, setState] = useState<'idle' | 'ready' | 'activated'>(loaded ? 'ready' : 'idle');
    if (state === 'idle') return placeholder(() => setState('activated'));
    return (
      <Suspense fallback={placeholder(() => undefined)}>
        <Lazy {...(props as unknown as P)} defaultOpen={state === 'activated'} />
      </Suspense>
    );
  }
  return Object.assign(Deferred, { preload });
}

/** Props that make a plain button activate like a menu trigger. */
export function triggerActivation(activate: () => void) {
  return {
    'aria-haspopup': 'menu' as const,
    'aria-expanded': false,
    onClick: activate,
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        activate();
      }
    },
  };
}
