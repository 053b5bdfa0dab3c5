import { Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { LoadBoundary, LoadFailedButton } from '@/components/ui/load-boundary';
import { lazyWithPreload } from '@/lib/lazy';

/**
 * The row guidance added for issue 25 (accept commands, timing, check now, the failure in words)
 * loads on demand, off the first paint's JavaScript (the initial bundle budget, scripts/check-bundle.mjs);
 * the panel preloads it when the browser is idle. Until then a part shows its fallback; code that
 * cannot load (offline) is a retry in place, never the page's error.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazyWithPreload(load);
  function Part({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    return (
      <LoadBoundary fallback={(retry) => <LoadFailedButton onRetry={retry} />}>
        <Suspense fallback={fallback}>
          <Lazy {...(props as P & ComponentProps<typeof Lazy>)} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return [Part, Lazy.preload] as const;
}

const parts = () => import('./row-guidance');
export const [AcceptSteps, preloadAcceptSteps] = lazyPart(() => parts().then((m) => m.AcceptSteps));
export const [TimingLine, preloadTimingLine] = lazyPart(() => parts().then((m) => m.TimingLine));
export const [CheckNow, preloadCheckNow] = lazyPart(() => parts().then((m) => m.CheckNow));
export const [FailedCallout, preloadFailedCallout] = lazyPart(() => parts().then((m) => m.FailedCallout));
export const [FailureText, preloadFailureText] = lazyPart(() => parts().then((m) => m.FailureText));
/** One chunk: preloading one part loads them all. */
export const preloadRowGuidance = preloadAcceptSteps;

/** A row's details (on expand): their own chunk, preloaded with the rest. */
export const [ConnectionDetails, preloadConnectionDetails] = lazyPart(() => import('./connection-details').then((m) => m.ConnectionDetails));
