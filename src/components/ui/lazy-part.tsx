import { Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { LoadBoundary, LoadFailedButton } from '@/components/ui/load-boundary';
import { lazyWithPreload } from '@/lib/lazy';

/**
 * A whole component whose code loads on demand, off the first paint's JavaScript, and its
 * `preload` (call it when the browser is idle). Until the code is there the part shows its
 * `fallback`; code that cannot load (offline) is a retry in place (`failed`, by default a "Could
 * not load. Try again" button), tried again by itself once online, never the page's error.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazyWithPreload(load);
  function Part({ fallback = null, failed, ...props }: P & { fallback?: ReactNode; failed?: (retry: () => void) => ReactNode }) {
    return (
      <LoadBoundary fallback={failed ?? ((retry) => <LoadFailedButton onRetry={retry} />)}>
        <Suspense fallback={fallback}>
          <Lazy {...(props as P & ComponentProps<typeof Lazy>)} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return [Part, Lazy.preload] as const;
}
