import { act, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyWithPreload } from '@/lib/lazy';
import { renderWithProviders } from '@/test/render';
import { ErrorBoundary } from './error-boundary';

const WAIT = { timeout: 10_000 };

describe('never blank', { timeout: 30_000 }, () => {
  it('a component that throws is replaced by a message with Try again, which renders it afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('boom');
      return <p>fine now</p>;
    }
    const { user } = renderWithProviders(
      <ErrorBoundary>
        <Flaky />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Something went wrong here.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to the start' })).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('fine now')).toBeInTheDocument();
  });

  it('a lazy chunk that failed to load (offline) says so, and Try again loads it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A fake clock (moving with real time) from the start, so that any timer the page sets can be
    // run at once below.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let offline = true;
    let attempts = 0;
    const Lazy = lazyWithPreload(() => {
      attempts += 1;
      return offline
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))
        : Promise.resolve(() => <p>loaded</p>);
    });
    const { user } = renderWithProviders(
      <ErrorBoundary>
        <Suspense fallback="…">
          <Lazy />
        </Suspense>
      </ErrorBoundary>,
    );
    expect(await screen.findByText(/could not be loaded/, {}, WAIT)).toBeInTheDocument();
    // It does not keep loading by itself (a loop of failed requests): only Try again loads again.
    // 300 ms pass on the fake clock at once, in act: a retry on a timer, or one after another, and
    // what React renders for it, would run.
    const tries = attempts;
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(attempts).toBe(tries);
    offline = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('loaded', {}, WAIT)).toBeInTheDocument();
  });

  it('in a dialog: Close and Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onClose = vi.fn();
    function Broken(): never {
      throw new Error('boom');
    }
    const { user } = renderWithProviders(
      <ErrorBoundary inDialog onClose={onClose}>
        <Broken />
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
