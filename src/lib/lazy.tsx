import { useIsFetching } from '@tanstack/react-query';
import { createContext, lazy, useContext, useEffect, useState, type ComponentType } from 'react';

/**
 * Which attempt at loading code the components below are on: an error boundary's retry starts a
 * new one (components/ui/load-boundary.tsx), and a lazy component then loads its code again.
 */
export const LoadAttemptContext = createContext<object>({});

/**
 * React.lazy with a `preload()` to call ahead (when the browser is idle, on hover or focus) and
 * `isLoaded()`. Once the code is there the component renders at once, without suspending: React
 * throttles the reveal of a suspended boundary (~300 ms), which a prefetched dialog or menu must not
 * pay. Render it inside a Suspense boundary and a LoadBoundary (components/ui/load-boundary.tsx):
 * code that fails to load is thrown there, and its retry (a new attempt) loads it again.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  // The loaded component: the same every time the code loads, so a cache, not state. A failure is
  // never kept (the browser's module map keeps what loaded; a failed import can be tried again).
  const loaded = new WeakMap<typeof load, ComponentType<P>>();
  // One React.lazy per attempt (a cache keyed by the attempt): React renders a suspended component
  // afresh when its code arrives or fails, and it must find the same lazy, or it would load again
  // without end instead of showing the failure.
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
    // Chosen once per instance: React may finish rendering the lazy one by itself when the code
    // arrives while it waits (it replays only the suspended component), so a later render that
    // switched to the loaded component would be another type there: a remount, and a dialog's
    // typed values gone.
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
