import { lazy, useState, type ComponentType } from 'react';

const failedLoads = new Set<() => void>();

/** Lets every lazy component whose code failed to load try again on its next render ("Try again"). */
export function retryFailedLoads(): void {
  for (const retry of failedLoads) retry();
  failedLoads.clear();
}

/**
 * React.lazy with a `preload()` to call ahead (when the browser is idle, on hover or focus). Once
 * the code is there the component renders at once, without suspending: React throttles the reveal
 * of a suspended boundary (~300 ms), which a prefetched dialog or menu must not pay. Render it
 * inside a Suspense boundary for the case where it is used before its code arrived. A failed load
 * can be tried again.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const makeLazy = () => lazy(() => preload().then((c) => ({ default: c })));
  // React.lazy keeps a failure for good; a fresh one (which loads again) replaces it only when the
  // user asks to try again (retryFailedLoads, from the error boundary), never by itself: React
  // re-rendering a fresh lazy on its own would load, fail and load again without end.
  let Lazy = makeLazy();
  const preload = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (error: unknown) => {
        loading = undefined;
        failedLoads.add(() => {
          Lazy = makeLazy();
        });
        throw error;
      },
    ));
  function LazyWithPreload(props: P) {
    // Chosen once per instance: React may finish rendering the lazy one by itself when the code
    // arrives while it waits (it replays only the suspended component), so a later render that
    // switched to the loaded component would be another type there: a remount, and a dialog's
    // typed values gone.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(LazyWithPreload, { preload });
}

/** Runs `task` when the browser is idle (at the latest after `timeoutMs`); returns a cancel function. */
export function whenIdle(task: () => void, timeoutMs = 3000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, Math.min(timeoutMs, 1500));
  return () => clearTimeout(id);
}

/**
 * Runs `task` once the browser has painted the next frame (a frame callback, then a task after it):
 * for work the user need not wait for before they see the result of their input.
 */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** Fetches code ahead when idle, ignoring failures (the component retries when it renders). */
export const preloadWhenIdle = (...preloads: (() => Promise<unknown>)[]) =>
  whenIdle(() => void Promise.all(preloads.map((p) => p())).catch(() => undefined));

let contentShown = false;
const waitingForContent = new Set<() => void>();

/** The page's main content (the list's rows) is on screen: code fetched ahead for later may load now. */
export function markContentShown(): void {
  contentShown = true;
  for (const start of [...waitingForContent]) start();
}

/**
 * Fetches code ahead once the page's main content is shown and the browser is idle, so that it
 * never competes with the first render (a page without that content starts after `timeoutMs`).
 * Returns a cancel function.
 */
export function preloadAfterContent(preloads: (() => Promise<unknown>)[], timeoutMs = 5000): () => void {
  let cancelIdle: (() => void) | undefined;
  const start = () => {
    waitingForContent.delete(start);
    clearTimeout(fallback);
    cancelIdle ??= preloadWhenIdle(...preloads);
  };
  const fallback = setTimeout(start, timeoutMs);
  if (contentShown) start();
  else waitingForContent.add(start);
  return () => {
    waitingForContent.delete(start);
    clearTimeout(fallback);
    cancelIdle?.();
  };
}
