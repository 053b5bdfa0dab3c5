import { lazy, type ComponentType } from 'react';

/**
 * A component whose code loads on demand, like React.lazy, but which renders at once (without
 * suspending) once `preload()` has fetched it: React throttles the reveal of a suspended boundary
 * (~300 ms), which a prefetched dialog or menu must not pay when it opens. Render it inside a
 * Suspense boundary for the case where it is used before its code arrived.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let Loaded: ComponentType<P> | undefined;
  const preload = (): Promise<ComponentType<P>> =>
    Loaded
      ? Promise.resolve(Loaded)
      : load().then((c) => {
          Loaded = c;
          return c;
        });
  const Lazy = lazy(() => preload().then((C) => ({ default: C })));
  function Preloadable(props: P) {
    const Ready = Loaded;
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Preloadable, { preload, isLoaded: () => !!Loaded });
}
