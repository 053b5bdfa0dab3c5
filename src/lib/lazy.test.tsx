import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { Component, startTransition, Suspense, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, lazyWithPreload, LoadAttemptContext, usePreloadWhenSettled, whenIdle } from './lazy';

afterEach(() => vi.unstubAllGlobals());

/** requestIdleCallback as the browser has it, each callback kept until `idle()` runs them. */
function stubIdle() {
  const callbacks = new Map<number, () => void>();
  let next = 0;
  const request = vi.fn((task: () => void, _options?: { timeout: number }) => (callbacks.set(++next, task), next));
  const cancel = vi.fn((id: number) => void callbacks.delete(id));
  vi.stubGlobal('requestIdleCallback', request);
  vi.stubGlobal('cancelIdleCallback', cancel);
  const idle = () => {
    const tasks = [...callbacks.values()];
    callbacks.clear();
    tasks.forEach((t) => t());
  };
  return { request, cancel, idle, pending: () => callbacks.size };
}

describe('whenIdle, afterNextPaint, preloadWhenIdle', () => {
  it('whenIdle: when the browser is idle, at the latest after the timeout (3 s unless said); cancelled by its return', () => {
    const { request, cancel } = stubIdle();
    const task = vi.fn();
    const stop = whenIdle(task, 500);
    expect(request).toHaveBeenLastCalledWith(task, { timeout: 500 });
    stop();
    expect(cancel).toHaveBeenCalledWith(1);
    whenIdle(task);
    expect(request).toHaveBeenLastCalledWith(task, { timeout: 3000 });
  });

  it('whenIdle without requestIdleCallback: a timer, of at most 1.5 s', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const late = vi.fn();
    whenIdle(late);
    vi.advanceTimersByTime(1499);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(late).toHaveBeenCalledTimes(1);
    const soon = vi.fn();
    whenIdle(soon, 200);
    vi.advanceTimersByTime(199);
    expect(soon).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(soon).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    whenIdle(cancelled, 100)();
    vi.advanceTimersByTime(5000);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('afterNextPaint: after the next frame, in a task of its own', () => {
    vi.useFakeTimers();
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => ((frame = cb), 1));
    const task = vi.fn();
    afterNextPaint(task);
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
    frame!();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('preloadWhenIdle: every preload once idle, a failure ignored; cancelled by its return', async () => {
    // A fresh copy of the module: preloadWhenIdle is made as it loads (the mutation run sees that).
    vi.resetModules();
    const { preloadWhenIdle } = await import('./lazy');
    const { idle, cancel } = stubIdle();
    const ok = vi.fn(() => Promise.resolve());
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    preloadWhenIdle(ok, failing);
    expect(ok).not.toHaveBeenCalled();
    idle();
    expect(ok).toHaveBeenCalledTimes(1);
    expect(failing).toHaveBeenCalledTimes(1);
    await Promise.resolve(); // the failure is caught (an unhandled rejection would fail the run)
    preloadWhenIdle(ok)();
    expect(cancel).toHaveBeenCalledTimes(1);
    idle();
    expect(ok).toHaveBeenCalledTimes(1);
  });
});

describe('usePreloadWhenSettled', () => {
  function Preloader({ preload }: { preload: () => Promise<unknown> }) {
    usePreloadWhenSettled(preload);
    return null;
  }

  it('waits for the reads under way, then preloads when idle; a read starting again cancels it', async () => {
    const { idle, pending, cancel } = stubIdle();
    const client = new QueryClient();
    let answer!: (v: string) => void;
    void client.prefetchQuery({ queryKey: ['read'], queryFn: () => new Promise<string>((r) => (answer = r)) });
    const preload = vi.fn(() => Promise.resolve());
    const wrap = (ui: ReactNode) => <QueryClientProvider client={client}>{ui}</QueryClientProvider>;
    const { rerender, unmount } = render(wrap(<Preloader preload={preload} />));
    expect(pending()).toBe(0);
    await act(async () => answer('done'));
    await waitFor(() => expect(pending()).toBe(1));
    // Another read starts before the browser is idle: not now.
    let again!: (v: string) => void;
    await act(async () => void client.prefetchQuery({ queryKey: ['other'], queryFn: () => new Promise<string>((r) => (again = r)) }));
    await waitFor(() => expect(cancel).toHaveBeenCalledTimes(1));
    expect(pending()).toBe(0);
    await act(async () => again('done'));
    await waitFor(() => expect(pending()).toBe(1));
    // Rendered again with the same preload: still the one wait.
    rerender(wrap(<Preloader preload={preload} />));
    expect(pending()).toBe(1);
    idle();
    expect(preload).toHaveBeenCalledTimes(1);
    unmount();
  });
});

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError = () => ({ failed: true });
  render = () => (this.state.failed ? <p>failed</p> : this.props.children);
}

describe('lazyWithPreload', () => {
  const loaded = () => <p>loaded</p>;
  /** Renders `Lazy` as a load boundary's retry does: in an attempt of its own. */
  const renderInNewAttempt = (Lazy: ComponentType) =>
    render(
      <LoadAttemptContext value={{}}>
        <Suspense fallback={<p>loading</p>}>
          <Lazy />
        </Suspense>
      </LoadAttemptContext>,
    );

  it('loads once for all its instances, when first rendered', async () => {
    const load = vi.fn(() => Promise.resolve(loaded));
    const Lazy = lazyWithPreload(load);
    expect(load).not.toHaveBeenCalled();
    render(
      <Suspense fallback={<p>loading</p>}>
        <Lazy />
        <Lazy />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findAllByText('loaded')).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('isLoaded: false until its code is there, true after, not after a failure', async () => {
    const Lazy = lazyWithPreload(() => Promise.resolve(loaded));
    expect(Lazy.isLoaded()).toBe(false);
    await Lazy.preload();
    expect(Lazy.isLoaded()).toBe(true);
    const Failing = lazyWithPreload(() => Promise.reject(new Error('offline')));
    await Failing.preload().catch(() => undefined);
    expect(Failing.isLoaded()).toBe(false);
  });

  it('preloaded: renders at once, without suspending, in any attempt', async () => {
    const Lazy = lazyWithPreload(() => Promise.resolve(loaded));
    expect(await Lazy.preload()).toBe(loaded);
    renderInNewAttempt(Lazy);
    expect(screen.getByText('loaded')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });

  it('loaded once rendered: another instance in a new attempt renders at once too', async () => {
    const Lazy = lazyWithPreload(() => Promise.resolve(loaded));
    const first = render(
      <Suspense fallback={<p>loading</p>}>
        <Lazy />
      </Suspense>,
    );
    await screen.findByText('loaded');
    first.unmount();
    renderInNewAttempt(Lazy);
    expect(screen.getByText('loaded')).toBeInTheDocument();
  });

  it('code that arrives while React waits for it is rendered there, not after an error React recovers from', async () => {
    // Outside act, as in the browser: React may then replay the suspended component in place once
    // its code is there, and that takes what the lazy resolved to.
    const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const saved = g.IS_REACT_ACT_ENVIRONMENT;
    g.IS_REACT_ACT_ENVIRONMENT = false;
    const onRecoverableError = vi.fn();
    const root = createRoot(document.body.appendChild(document.createElement('div')), { onRecoverableError });
    try {
      const Lazy = lazyWithPreload(() => Promise.resolve(loaded));
      startTransition(() =>
        root.render(
          <Suspense fallback={<p>loading</p>}>
            <Lazy />
          </Suspense>,
        ),
      );
      expect(await screen.findByText('loaded')).toBeInTheDocument();
      expect(onRecoverableError).not.toHaveBeenCalled();
    } finally {
      root.unmount();
      g.IS_REACT_ACT_ENVIRONMENT = saved;
    }
  });

  it('a failure is thrown to the boundary and not kept: a new attempt loads again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let offline = true;
    const load = vi.fn(() => (offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(loaded)));
    const Lazy = lazyWithPreload(load);
    const page = (attempt: object) => (
      <Boundary key={String(load.mock.calls.length)}>
        <LoadAttemptContext value={attempt}>
          <Suspense fallback={<p>loading</p>}>
            <Lazy />
          </Suspense>
        </LoadAttemptContext>
      </Boundary>
    );
    const attempt = {};
    const { rerender } = render(page(attempt));
    expect(await screen.findByText('failed')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    offline = false;
    rerender(page({}));
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
