import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db } from '@mocks/node';
import { clusterKeys, clusterQueryOptions, clustersQueryOptions } from '@/features/clusters/api/clusters';
import { listAllMigrations, useAllMigrations } from './list-migrations';
import { useAllChangefeeds } from './list-changefeeds';

const urls = (endpoint: string) => db.requests.filter((r) => r.endpoint === endpoint).map((r) => new URL(r.url));

describe('migrations: every page of a cluster’s', () => {
  it('a hundred a page, following the token; complete when the API says no more', async () => {
    const id = AWS_CLUSTER_ID;
    const all = await listAllMigrations(id);
    expect(all.complete).toBe(true);
    expect(all.migrations.length).toBe(db.data.migrations.filter((m) => m.clusterId === id).length);
    const [first] = urls('listMigrations');
    expect(first!.pathname).toBe(`/v1beta1/clusters/${id}/migrations`);
    expect(first!.searchParams.get('pageSize')).toBe('100');
    expect(first!.searchParams.has('pageToken')).toBe(false);
  });

  it('stops at the bound and says so', async () => {
    const connection = db.data.connections[0]!.privateLinkConnectionId!;
    for (let i = 0; i < 150; i++) db.addMigration(connection);
    const cut = await listAllMigrations(AWS_CLUSTER_ID, undefined, 1);
    expect(cut).toMatchObject({ complete: false });
    expect(cut.migrations).toHaveLength(100);
  });
});

describe('fresh: a caller about to break what uses a connection reads the lists again when it mounts', () => {
  it.each([
    ['changefeeds', 'listChangefeeds', (fresh: boolean) => useAllChangefeeds(AWS_CLUSTER_ID, { fresh })],
    ['migrations', 'listMigrations', (fresh: boolean) => useAllMigrations(AWS_CLUSTER_ID, { fresh })],
  ] as const)('%s', async (_, endpoint, use) => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    const first = renderHook(() => use(false), { wrapper });
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true));
    expect(first.result.current.data?.complete).toBe(true);
    const reads = urls(endpoint).length;
    renderHook(() => use(false), { wrapper });
    expect(urls(endpoint)).toHaveLength(reads); // within its stale time: the same answer
    const fresh = renderHook(() => use(true), { wrapper });
    await waitFor(() => expect(urls(endpoint)).toHaveLength(reads + 1));
    await waitFor(() => expect(fresh.result.current.isFetching).toBe(false));
  });
});

describe('clusters', () => {
  it('the list (a hundred) and one cluster, each under its own key', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const list = await client.fetchQuery(clustersQueryOptions());
    expect(list.clusters.map((c) => c.clusterId)).toContain(AWS_CLUSTER_ID);
    expect(urls('listClusters')[0]!.searchParams.get('pageSize')).toBe('100');
    const one = await client.fetchQuery(clusterQueryOptions(AWS_CLUSTER_ID));
    expect(one.clusterId).toBe(AWS_CLUSTER_ID);
    expect(urls('getCluster')[0]!.pathname).toBe(`/v1beta1/clusters/${AWS_CLUSTER_ID}`);
    expect(clusterKeys.list()).toEqual(['clusters', 'list']);
    expect(clusterKeys.detail('7')).toEqual(['clusters', 'detail', '7']);
  });
});
