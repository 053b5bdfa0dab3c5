import { act, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { lazyWithPreload } from '@/lib/lazy';
import { renderWithProviders } from '@/test/render';
import { ErrorBoundary } from './error-boundary';
import { LoadBoundary, LoadFailedButton, LoadFailedDialog } from './load-boundary';

const WAIT = { timeout: 10_000 };
const chunkError = () => new TypeError('Failed to fetch dynamically imported module: /assets/x.js');

describe('LoadBoundary', { timeout: 30_000 }, () => {
  it('code that cannot load is said in place; it loads again by itself once the browser is back online', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let offline = true;
    const Lazy = lazyWithPreload(() =>
      offline ? Promise.reject(chunkError()) : Promise.resolve(() => <p>loaded</p>),
    );
    renderWithProviders(
      <>
        <p>the page</p>
        <LoadBoundary fallback={(retry) => <LoadFailedButton onRetry={retry} />}>
          <Suspense fallback="…">
            <Lazy />
          </Suspense>
        </LoadBoundary>
      </>,
    );
    expect(
      await screen.findByRole('button', { name: 'Could not load. Try again' }, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByText('the page')).toBeInTheDocument();
    offline = false;
    // The fallback listens for 'online' from an effect, which may run a moment after the button shows:
    // the browser says so until the code has loaded (nothing else tries again here).
    await waitFor(() => {
      act(() => void window.dispatchEvent(new Event('online')));
      expect(screen.getByText('loaded')).toBeInTheDocument();
    }, WAIT);
  });

  it('any other error goes on to the boundary above', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('boom');
    }
    renderWithProviders(
      <ErrorBoundary>
        <LoadBoundary fallback={() => <p>could not load</p>}>
          <Broken />
        </LoadBoundary>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Something went wrong here.')).toBeInTheDocument();
    expect(screen.queryByText('could not load')).not.toBeInTheDocument();
  });

  it('a dialog whose code could not load: its title, what happened, Close and Try again', async () => {
    // jsdom has no modal dialogs: opened as the browser would (the attribute), for this test only.
    const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
    const had = 'showModal' in proto;
    if (!had)
      proto.showModal = function (this: HTMLDialogElement) {
        this.setAttribute('open', '');
      };
    onTestFinished(() => void (had || delete proto.showModal));
    const onOpenChange = vi.fn();
    const onRetry = vi.fn();
    const { user } = renderWithProviders(
      <LoadFailedDialog
        title="Create Private Link Connection"
        open
        onOpenChange={onOpenChange}
        onRetry={onRetry}
      />,
      { lang: 'zh-CN' },
    );
    const dialog = screen.getByRole('dialog', { name: 'Create Private Link Connection', hidden: true });
    expect(dialog).toHaveTextContent('此对话框未能加载');
    await user.click(screen.getByRole('button', { name: '重试', hidden: true }));
    expect(onRetry).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '关闭', hidden: true }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });
});
