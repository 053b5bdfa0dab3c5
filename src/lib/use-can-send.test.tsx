import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { useCanSend } from './use-can-send';

afterEach(() => onlineManager.setOnline(true));

const http = (status: number, retryAfterMs?: number) => new ApiError({ kind: 'http', status, message: `HTTP ${status}`, retryAfterMs });

function setup() {
  const client = new QueryClient();
  client.setQueryData(['read'], 'data');
  const query = client.getQueryCache().find({ queryKey: ['read'] })!;
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  /** The read as it waits out an answer (or stops waiting), told to the cache's listeners. */
  const read = (state: object) => act(() => query.setState({ ...query.state, ...state }));
  return { client, wrapper, read };
}

describe('useCanSend: can this send now?', () => {
  it('online, nothing rate limited: yes, unless already sent', () => {
    const { wrapper } = setup();
    expect(renderHook(() => useCanSend(), { wrapper }).result.current).toBeUndefined();
    expect(renderHook(() => useCanSend(false), { wrapper }).result.current).toBeUndefined();
    expect(renderHook(() => useCanSend(true), { wrapper }).result.current).toBe('sent');
  });

  it('offline, and back online: as the browser says, before “sent”', () => {
    const { wrapper } = setup();
    const { result } = renderHook(({ sent }) => useCanSend(sent), { wrapper, initialProps: { sent: true } });
    act(() => onlineManager.setOnline(false));
    expect(result.current).toBe('offline');
    act(() => onlineManager.setOnline(true));
    expect(result.current).toBe('sent');
  });

  it('while a read waits out a 429 (with or without Retry-After), then once it no longer does', () => {
    const { wrapper, read } = setup();
    const { result } = renderHook(() => useCanSend(), { wrapper });
    read({ fetchFailureReason: http(429, 2500), fetchStatus: 'fetching' });
    expect(result.current).toBe('rateLimited');
    read({ fetchFailureReason: http(429), fetchStatus: 'fetching' }); // 0 s said: still waiting
    expect(result.current).toBe('rateLimited');
    act(() => onlineManager.setOnline(false));
    expect(result.current).toBe('offline');
    act(() => onlineManager.setOnline(true));
    read({ fetchFailureReason: null, fetchStatus: 'idle' });
    expect(result.current).toBeUndefined();
  });

  it('stops listening when it goes', () => {
    const { client, wrapper } = setup();
    const listeners = () => (onlineManager as unknown as { listeners: Set<unknown> }).listeners.size;
    function Sender() {
      return <p>{useCanSend() ?? 'can send'}</p>;
    }
    const { rerender } = render(<></>, { wrapper });
    const before = listeners();
    expect(client.getQueryCache().hasListeners()).toBe(false);
    rerender(<Sender />);
    expect(screen.getByText('can send')).toBeInTheDocument();
    expect(listeners()).toBe(before + 1);
    expect(client.getQueryCache().hasListeners()).toBe(true);
    rerender(<></>);
    expect(listeners()).toBe(before);
    expect(client.getQueryCache().hasListeners()).toBe(false);
  });
});
