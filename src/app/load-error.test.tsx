import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/node';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { renderWithProviders } from '@/test/render';
import { ConsoleApp } from '@/test/console-app';

const WAIT = { timeout: 10_000 };
const TEXT = {
  en: { key: 'The API key is missing or wrong.', clustersError: 'Could not load your clusters.', clusterError: 'Could not load the cluster.', notFound: 'Cluster 999 was not found.', retry: 'Retry' },
  'zh-CN': { key: 'API 密钥缺失或有误。', clustersError: '无法加载你的集群。', clusterError: '无法加载该集群。', notFound: '未找到集群 999。', retry: '重试' },
} as const;

describe('page reads that fail (issue 26, item 11)', () => {
  it.each(['en', 'zh-CN'] as const)('a wrong API key is one red box, not two (%s)', async (lang) => {
    db.setFault('listClusters', { kind: 'http', status: 401, message: 'unauthenticated' });
    db.setFault('getCluster', { kind: 'http', status: 401, message: 'unauthenticated' });
    // A fake clock (moving with real time), so that the wait below passes at once.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    history.replaceState(null, '', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
    renderWithProviders(<ConsoleApp />, { lang });
    expect(await screen.findByText(TEXT[lang].key, {}, WAIT)).toBeInTheDocument();
    await waitFor(() => expect(db.requests.some((r) => r.endpoint === 'getCluster')).toBe(true), WAIT);
    // 200 ms on the fake clock, in act: the cluster's 401 answered and rendered by then.
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(screen.queryByText(TEXT[lang].clusterError)).not.toBeInTheDocument();
    expect(screen.queryByText(TEXT[lang].clustersError)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: TEXT[lang].retry })).not.toBeInTheDocument();
  });

  it.each(['en', 'zh-CN'] as const)('a made-up cluster ID is not found, with the cluster list instead of Retry (%s)', async (lang) => {
    history.replaceState(null, '', '/clusters/999/settings/networking');
    renderWithProviders(<ConsoleApp />, { lang });
    expect(await screen.findByText(TEXT[lang].notFound, {}, WAIT)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Cluster0' }, WAIT)).toHaveAttribute('href', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
    expect(screen.queryByRole('button', { name: TEXT[lang].retry })).not.toBeInTheDocument();
  });
});
