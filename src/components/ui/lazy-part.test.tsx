import { useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { lazyPart } from './lazy-part';

const Menu = ({ label }: { label: string }) => <button type="button">{label}</button>;
const standIn = (button: ComponentProps<'button'>) => (
  <button type="button" {...button}>
    Actions
  </button>
);

/** A page read that answers when the test says so. */
function PageRead({ answer }: { answer: Promise<string> }) {
  useQuery({ queryKey: ['page-read'], queryFn: () => answer });
  return null;
}

describe('lazyPart', () => {
  afterEach(() => vi.useRealTimers());

  it('a control with a stand-in asks for its code only once the page reads are done and the browser is idle', async () => {
    // The idle wait is a timer here (jsdom has no requestIdleCallback): a fake clock, which still
    // moves with real time so that Testing Library's own waits go on.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const load = vi.fn(() => Promise.resolve(Menu));
    const [Part] = lazyPart(load);
    let answer!: (v: string) => void;
    renderWithProviders(
      <>
        <PageRead answer={new Promise((r) => (answer = r))} />
        <Part label="Menu" standIn={standIn} />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Actions' })).toBeDisabled();
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(load).not.toHaveBeenCalled();

    await act(async () => answer('rows'));
    expect(load).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(load).toHaveBeenCalledOnce();
    expect(await screen.findByRole('button', { name: 'Menu' })).toBeEnabled();
  });

  it('once its code is there, a new instance renders it at once', async () => {
    const [Part, preload] = lazyPart(() => Promise.resolve(Menu));
    await preload();
    renderWithProviders(<Part label="Menu" standIn={standIn} />);
    // In the first render: no stand-in, no wait for the page's reads or for idle.
    expect(screen.getByRole('button', { name: 'Menu' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Actions' })).toBeNull();
  });

  it('a part without a stand-in asks for its code while it renders', async () => {
    const load = vi.fn(() => Promise.resolve(Menu));
    const [Part] = lazyPart(load);
    renderWithProviders(<Part label="Notice" fallback={<p>loading</p>} />);
    expect(load).toHaveBeenCalledOnce();
    expect(await screen.findByRole('button', { name: 'Notice' })).toBeInTheDocument();
  });
});
