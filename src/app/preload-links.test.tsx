import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AWS_CLUSTER_ID } from '@mocks/seed';
import { CONNECTION_STATES } from '@/contract/private-link';
import { firstReads } from '../../server/first-reads.mjs';
import { createAppRouter } from './router';

afterEach(() => vi.restoreAllMocks());

const page = `/clusters/${AWS_CLUSTER_ID}/settings/networking`;
const addresses = [
  '/',
  page,
  `${page}?page=3`,
  `${page}?q=123`,
  `${page}?q=%20%20`,
  `${page}?q=&q=kafka`,
  `${page}?usage=USED`,
  `${page}?usage=unused%20`,
  `${page}?usage=sometimes`,
  `${page}?state=bogus`,
  `${page}?state=FAILED&q=x&page=2`,
  ...CONNECTION_STATES.map((s) => `${page}?state=${encodeURIComponent(` ${s.toLowerCase()}`)}`),
];

/** The same-origin paths (with their queries) the app fetches while its router loads `address`. */
async function fetchedOn(address: string) {
  const fetched = vi.spyOn(globalThis, 'fetch');
  history.replaceState(null, '', address);
  await createAppRouter(new QueryClient({ defaultOptions: { queries: { retry: false } } })).load();
  return fetched.mock.calls.map(([input]) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return url.pathname + url.search;
  });
}

// The server preloads what a page's loader reads (server/first-reads.mjs): a read the page then
// does not send is a request spent for nothing; one the server does not preload waits for the code.
describe('the reads a page’s answer preloads', () => {
  it.each(addresses)('are the first reads the page sends at %s', async (address) => {
    const reads = firstReads(address);
    expect(reads.length).toBeGreaterThan(0);
    const fetched = await fetchedOn(address);
    expect(fetched.slice(0, reads.length)).toEqual(reads);
  });

  it.each([`/clusters/${AWS_CLUSTER_ID}%20/settings/networking`, `${page}/`, '/clusters', '/favicon.svg'])(
    'are none where the page’s reads are not certain: %s',
    (address) => expect(firstReads(address)).toEqual([]),
  );
});
