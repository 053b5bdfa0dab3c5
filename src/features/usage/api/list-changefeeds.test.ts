import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db, server } from '@mocks/node';
import { AWS_CLUSTER_ID, seedChangefeeds } from '@mocks/seed';
import { listAllChangefeeds } from './list-changefeeds';

const requests = () => db.requests.filter((r) => r.endpoint === 'listChangefeeds');

/** The seed's two, then copies up to `total` changefeeds on Cluster0. */
function grow(total: number) {
  for (let i = db.data.changefeeds.length; i < total; i++)
    db.data.changefeeds.push({ ...structuredClone(seedChangefeeds[i % 2]!), changefeedId: `cfd-test${i}`, displayName: `feed-${i}` });
}

describe('listAllChangefeeds', () => {
  it('follows the pages, a hundred at a time, in one chain', async () => {
    grow(250);
    const all = await listAllChangefeeds(AWS_CLUSTER_ID);
    expect(all.complete).toBe(true);
    expect(all.changefeeds).toHaveLength(250);
    expect(new Set(all.changefeeds.map((f) => f.changefeedId)).size).toBe(250);
    const urls = requests().map((r) => new URL(r.url));
    expect(urls).toHaveLength(3);
    expect(urls.map((u) => u.searchParams.get('pageSize'))).toEqual(['100', '100', '100']);
    expect(urls[0]!.searchParams.has('pageToken')).toBe(false);
  });

  it('stops at the bound and says the list is incomplete', async () => {
    grow(250);
    const all = await listAllChangefeeds(AWS_CLUSTER_ID, undefined, 2);
    expect(all).toMatchObject({ complete: false });
    expect(all.changefeeds).toHaveLength(200);
    expect(requests()).toHaveLength(2);
  });

  it('stops when the API repeats a page token (and says the list is incomplete)', async () => {
    let calls = 0;
    server.use(
      http.get('*/v1beta1/clusters/:clusterId/changefeeds', () => {
        calls += 1;
        return HttpResponse.json({ changefeeds: [structuredClone(seedChangefeeds[0]!)], nextPageToken: 'same' });
      }),
    );
    const all = await listAllChangefeeds(AWS_CLUSTER_ID);
    expect(all.complete).toBe(false);
    expect(calls).toBe(2);
  });

  it('a cluster without changefeeds: one request, complete and empty', async () => {
    const all = await listAllChangefeeds('1379661944646413144');
    expect(all).toEqual({ changefeeds: [], complete: true });
    expect(requests()).toHaveLength(1);
  });

  it('fails as a whole when a page fails (never a partial list read as complete)', async () => {
    grow(150);
    db.setFault('listChangefeeds', { kind: 'http', status: 403 });
    await expect(listAllChangefeeds(AWS_CLUSTER_ID)).rejects.toMatchObject({ status: 403 });
  });
});
