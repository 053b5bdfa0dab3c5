import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db, server } from '@mocks/node';
import { ApiError } from '@/lib/api-error';
import { availabilityZonesQueryOptions } from './get-availability-zones';
import { privateLinkKeys } from './keys';
import { allConnectionsQueryOptions, connectionsQueryOptions, LIST_PAGE_SIZE, listAllConnections, MAX_PAGE_SIZE, pagesOf } from './list-connections';

const listUrls = () => db.requests.filter((r) => r.endpoint === 'listConnections').map((r) => new URL(r.url).searchParams);

describe('every connection (the text filter reads them all)', () => {
  it('follows nextPageToken a hundred at a time, with the state asked for, and counts what it found', async () => {
    db.seedMany(AWS_CLUSTER_ID, 248); // and the seed's two
    const all = await listAllConnections(AWS_CLUSTER_ID, undefined);
    expect(all.totalSize).toBe(250);
    expect(new Set(all.privateLinkConnections.map((c) => c.privateLinkConnectionId)).size).toBe(250);
    const urls = listUrls();
    expect(urls.map((p) => p.get('pageSize'))).toEqual(['100', '100', '100']);
    expect(urls[0]!.has('pageToken')).toBe(false);
    expect(urls[1]!.get('pageToken')).toBeTruthy();
    db.requests.length = 0;
    const active = await listAllConnections(AWS_CLUSTER_ID, 'ACTIVE');
    expect(listUrls().map((p) => p.get('state'))).toEqual(listUrls().map(() => 'ACTIVE'));
    expect(active.privateLinkConnections.length).toBeGreaterThan(0);
    expect(active.privateLinkConnections.every((c) => c.state === 'ACTIVE')).toBe(true);
  });

  it('an empty nextPageToken ends the chain', async () => {
    server.use(http.get('*/v1beta1/clusters/:clusterId/privateLinkConnections', () => HttpResponse.json({ privateLinkConnections: [], nextPageToken: '' })));
    await expect(listAllConnections(AWS_CLUSTER_ID, undefined)).resolves.toEqual({ privateLinkConnections: [], totalSize: 0 });
  });

  it('pagesOf: the requests one such read takes', () => {
    const of = (n: number) => ({ privateLinkConnections: Array.from({ length: n }, (_, i) => ({ clusterId: 'c', displayName: `c${i}`, type: 'AWS_ENDPOINT_SERVICE' })) });
    expect([pagesOf(undefined), pagesOf(of(0)), pagesOf(of(MAX_PAGE_SIZE)), pagesOf(of(MAX_PAGE_SIZE + 1))]).toEqual([1, 1, 1, 2]);
  });
});

describe('the list queries', () => {
  it('one page: its key names the page and the state ("" is no state), and the request asks for exactly that', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(connectionsQueryOptions(AWS_CLUSTER_ID, undefined, '').queryKey).toEqual(privateLinkKeys.list(AWS_CLUSTER_ID, { pageSize: LIST_PAGE_SIZE, pageToken: undefined, state: undefined }));
    await client.fetchQuery(connectionsQueryOptions(AWS_CLUSTER_ID, undefined, 'FAILED'));
    expect(Object.fromEntries(listUrls()[0]!)).toEqual({ pageSize: String(LIST_PAGE_SIZE), state: 'FAILED' });
  });

  it('every page: keyed by the state, "" and undefined alike, and asks for it', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(allConnectionsQueryOptions(AWS_CLUSTER_ID, '').queryKey).toEqual(privateLinkKeys.listAll(AWS_CLUSTER_ID));
    expect(allConnectionsQueryOptions(AWS_CLUSTER_ID, 'ACTIVE').queryKey).toEqual(privateLinkKeys.listAll(AWS_CLUSTER_ID, 'ACTIVE'));
    await client.fetchQuery(allConnectionsQueryOptions(AWS_CLUSTER_ID, ''));
    expect(listUrls()[0]!.has('state')).toBe(false);
  });

  it('keys: each part of a cluster under its own key, IDs encoded in paths', () => {
    expect(privateLinkKeys.listAll('1')).toEqual(['private-link', '1', 'list', 'all', '']);
    expect(privateLinkKeys.detail('1', 'plc-1')).toEqual(['private-link', '1', 'detail', 'plc-1']);
    expect(privateLinkKeys.zones('1')).toEqual(['private-link', '1', 'zones']);
  });
});

describe('availability zones: the Create dialog says a failure at once', () => {
  const retry = availabilityZonesQueryOptions('1').retry as (failures: number, error: unknown) => boolean;
  it('retries a 5xx as any read does, never a 429 or a lost network', () => {
    expect(retry(0, new ApiError({ kind: 'http', status: 503, message: 'x' }))).toBe(true);
    expect(retry(0, new ApiError({ kind: 'http', status: 429, message: 'x' }))).toBe(false);
    expect(retry(0, new ApiError({ kind: 'network', status: 0, message: 'x' }))).toBe(false);
    expect(retry(3, new ApiError({ kind: 'http', status: 503, message: 'x' }))).toBe(false);
  });
});
