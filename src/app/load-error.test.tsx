import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
    history.replaceState(null, '', `/clusters/${AWS_CLUSTER_ID}/settings/networking`);
    renderWithProviders(<ConsoleApp />, { lang });
    expect(await screen.findByText(TEXT[lang].key, {}, WAIT)).toBeInTheDocument();
    await waitFor(() => expect(db.requests.some((r) => r.endpoint === 'getCluster')).toBe(true), WAIT);
    await new Promise((r) => setTimeout(r, 200));
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
