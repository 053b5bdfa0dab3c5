import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/node';
import { createQueryClient } from '@/lib/query-client';
import { ConsoleApp } from '@/test/console-app';
import { AppProvider } from './provider';

describe('rate limited', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
    history.replaceState(null, '', '/');
  });

  it('"retrying in N s" counts down each second, not frozen at what the 429 said', async () => {
    // Only the countdown's clock is faked: requests and the retry keep real time (the retry is 20 s away).
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    db.setFault('listClusters', { kind: 'http', status: 429, retryAfterSeconds: 20, times: 1 });
    const { unmount } = render(
      <AppProvider queryClient={createQueryClient()} lang="en">
        <ConsoleApp />
      </AppProvider>,
    );
    expect(await screen.findByText('Retrying in 20 s.', {}, { timeout: 10_000 })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('Retrying in 19 s.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(3000));
    expect(screen.getByText('Retrying in 16 s.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(16_000));
    expect(screen.queryByText(/Retrying in \d+ s\./)).not.toBeInTheDocument();
    expect(screen.getByText('Rate limited by TiDB Cloud.')).toBeInTheDocument();
    unmount();
  });
});
