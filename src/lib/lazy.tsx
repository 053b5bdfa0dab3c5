import { useIsFetching } from '@tanstack/react-query';
import { createContext, lazy, useContext, useEffect, useState, type ComponentType } from 'react';

/**
 * Which attempt at loading code the components below are on: an error boundary's retry starts a
 * new one (components/ui/load-boundary.tsx), and a lazy component then loads its code again.
 */
export const LoadAttemptContext = createContext<object>({});

/**
 * React.lazy with `preload()` and `isLoaded()`. Once its code is there it renders without suspending, so a
 * prefetched dialog or menu never waits out React's throttled reveal of a suspended boundary. Render it in
 * Suspense and a LoadBoundary (components/ui/load-boundary.tsx), whose retry loads failed code again.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  // The loaded component, the same every time: a cache, not state. A failure is not kept: it can be retried.
  const loaded = new WeakMap<typeof load, ComponentType<P>>();
  // One React.lazy per attempt: React renders a suspended component afresh when its code arrives or fails,
  // and a new lazy there would load again without end instead of showing the failure.
  const lazies = new WeakMap<object, ComponentType<P>>();
  const lazyFor = (attempt: object) => {
    let Lazy = lazies.get(attempt);
    if (!Lazy) lazies.set(attempt, (Lazy = lazy(() => preload().then((c) => ({ default: c })))));
    return Lazy;
  };
  const preload = () =>
    load().then((c) => {
      loaded.set(load, c);
      return c;
    });
  function LazyWithPreload(props: P) {
    // Chosen once per instance: React may finish the lazy one by itself when its code arrives, and a later
    // switch to the loaded component would be another type there: a remount, a dialog's typed values gone.
    const attempt = useContext(LoadAttemptContext);
    const [Component] = useState(() => loaded.get(load) ?? lazyFor(attempt));
    return <Component {...props} />;
  }
  return Object.assign(LazyWithPreload, { preload, isLoaded: () => loaded.has(load) });
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

/** Fetches code ahead when idle, ignoring failures (the component loads again when it renders). */
export const preloadWhenIdle = (...preloads: (() => Promise<unknown>)[]) =>
  whenIdle(() => void Promise.all(preloads.map((p) => p())).catch(() => undefined));

/**
 * Runs `task` once no API read is under way and the browser is idle: after the page's answers have
 * been rendered, never competing with them (again each time the reads settle, while mounted).
 */
export function useWhenSettled(task: () => void): void {
  const settled = useIsFetching() === 0;
  useEffect(() => (settled ? whenIdle(task) : undefined), [settled, task]);
}

/** Fetches code ahead once the page's reads are done and the browser is idle, ignoring failures. */
export function usePreloadWhenSettled(preload: () => Promise<unknown>): void {
  useWhenSettled(() => void preload().catch(() => undefined));
}
