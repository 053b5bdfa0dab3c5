import { afterEach, describe, expect, it } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { db, server } from '@mocks/node';
import { createQueryClient } from '@/lib/query-client';
import { prefetchFirstPage } from './prefetch';

/** The API paths (with their query) the mock is asked for, in order. */
function requests() {
  const seen: string[] = [];
  const log = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    seen.push(url.pathname.replace(`/v1beta1/clusters/${AWS_CLUSTER_ID}`, '~') + url.search);
  };
  server.events.on('request:start', log);
  stops.push(() => server.events.removeListener('request:start', log));
  return seen;
}
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('prefetchFirstPage: the first page’s reads, all at once, before React renders', () => {
  it('on the Networking page: the clusters, the projects, the cluster, its first page of connections, its changefeeds and migrations, sent at once', async () => {
    const seen = requests();
    const client = createQueryClient();
    const done = prefetchFirstPage(client, { pathname: `/clusters/${AWS_CLUSTER_ID}/settings/networking`, search: '' });
    // All six have left before this line: none waits on another, nor on a microtask (main.tsx starts
    // them while the rest of the code is still being evaluated).
    expect(seen).toHaveLength(6);
    await done;
    expect(seen.sort()).toEqual(
      ['/v1beta1/clusters?pageSize=100', '/iam/v1beta1/projects?pageSize=100', '~', '~/changefeeds?pageSize=100', '~/migrations?pageSize=100', '~/privateLinkConnections?pageSize=20'].sort(),
    );
    // The rows' reads are in when `done` settles; the migrations and the names are not waited for.
    const waited = client.getQueryCache().getAll().filter((q) => !['migrations', 'projects'].includes(String(q.queryKey[0])));
    expect(waited.map((q) => q.state.status)).toEqual(['success', 'success', 'success', 'success']);
  });

  it('the first render does not wait for the migrations or the names', async () => {
    db.setFault('listMigrations', { kind: 'hang' });
    db.setFault('listProjects', { kind: 'hang' });
    const client = createQueryClient();
    await prefetchFirstPage(client, { pathname: `/clusters/${AWS_CLUSTER_ID}/settings/networking`, search: '' });
    expect(client.getQueryState(['projects', 'list'])?.status).toBe('pending');
    expect(client.getQueryData(['changefeeds', AWS_CLUSTER_ID, 'list', 'all'])).toBeDefined();
  });

  it('with a text filter in the address: every page of connections (the filter reads them all) in the state asked for', async () => {
    const seen = requests();
    await prefetchFirstPage(createQueryClient(), { pathname: `/clusters/${AWS_CLUSTER_ID}/settings/networking`, search: '?q=orders&state=active' });
    expect(seen).toContain('~/privateLinkConnections?pageSize=100&state=ACTIVE');
    expect(seen.filter((s) => s.includes('privateLinkConnections'))).toHaveLength(1);
  });

  it('anywhere else: only the clusters (the page sends the user to the first one) and the shell’s project names', async () => {
    const seen = requests();
    await prefetchFirstPage(createQueryClient(), { pathname: '/', search: '' });
    expect(seen.sort()).toEqual(['/iam/v1beta1/projects?pageSize=100', '/v1beta1/clusters?pageSize=100']);
  });
});
