import { onlineManager } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { ApiError } from '@/lib/api-error';
import { createQueryClient, shouldRetryRead } from '@/lib/query-client';
import { renderWithProviders } from '@/test/render';
import { ConsoleApp } from '@/test/console-app';
import { AppProvider } from './provider';

const WAIT = { timeout: 10_000 };

describe('the page says what state it is in', { timeout: 30_000 }, () => {
  afterEach(() => {
    onlineManager.setOnline(true);
    history.replaceState(null, '', '/');
  });

  it('a malformed address (a bad escape) is a page not found, never a blank page', async () => {
    history.replaceState(null, '', '/clusters/100%ZZ/settings/networking');
    renderWithProviders(<ConsoleApp />);
    expect(await screen.findByRole('heading', { name: 'Page not found' }, WAIT)).toBeInTheDocument();
  });

  it('a 401 says the API key is missing or wrong and where to create one; a 401 is never retried', async () => {
    expect(shouldRetryRead(0, new ApiError({ kind: 'http', status: 401, message: '' }))).toBe(false);
    db.setFault('listClusters', { kind: 'http', status: 401, message: 'unauthenticated' });
    renderWithProviders(<ConsoleApp />);
    expect(await screen.findByText('The API key is missing or wrong.', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText(/Organization Settings › API Keys/)).toBeInTheDocument();
  });

  it('a 429 says at once that it is rate limited and when it retries', async () => {
    db.setFault('listClusters', { kind: 'http', status: 429, retryAfterSeconds: 3, times: 1 });
    render(
      <AppProvider queryClient={createQueryClient()} lang="en">
        <ConsoleApp />
      </AppProvider>,
    );
    expect(await screen.findByText('Rate limited by TiDB Cloud.', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('Retrying in 3 s.')).toBeInTheDocument();
    // Then it retries as told, and the notice goes.
    await waitFor(
      () => expect(screen.queryByText('Rate limited by TiDB Cloud.')).not.toBeInTheDocument(),
      WAIT,
    );
  });

  it('offline: says so, with the time of the data shown', async () => {
    history.replaceState(null, '', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
    renderWithProviders(<ConsoleApp />);
    expect(await screen.findByText('orders-rds', {}, WAIT)).toBeInTheDocument();
    onlineManager.setOnline(false);
    expect(await screen.findByText('You are offline.')).toBeInTheDocument();
    expect(screen.getByText(/Showing the data as of \d/)).toBeInTheDocument();
    onlineManager.setOnline(true);
    await waitFor(() => expect(screen.queryByText('You are offline.')).not.toBeInTheDocument());
  });

  it('in Chinese too', async () => {
    db.setFault('listClusters', { kind: 'http', status: 401 });
    renderWithProviders(<ConsoleApp />, { lang: 'zh-CN' });
    expect(await screen.findByText('API 密钥缺失或有误。', {}, WAIT)).toBeInTheDocument();
  });
});
