import { describe, expect, it } from 'vitest';
import { firstReads, preloadLinks } from './first-reads.mjs';

// Which reads each address preloads is held to the page's own loaders in src/app/preload-links.test.tsx.
describe('preloadLinks', () => {
  it('is a Link header of fetch preloads the page’s fetch can take (CORS mode, same-origin credentials)', () => {
    expect(preloadLinks('/clusters/42/settings/networking?q=x')).toBe(
      '</v1beta1/clusters/42>; rel=preload; as=fetch; crossorigin, </v1beta1/clusters/42/privateLinkConnections?pageSize=100>; rel=preload; as=fetch; crossorigin',
    );
  });

  const C = '/v1beta1/clusters/42';
  const page = '/clusters/42/settings/networking';
  it.each([
    ['/', ['/v1beta1/clusters?pageSize=100']],
    ['/?x=1', ['/v1beta1/clusters?pageSize=100']],
    [page, [C, `${C}/privateLinkConnections?pageSize=20`]],
    [`${page}?state=%20pending_acceptance%20`, [C, `${C}/privateLinkConnections?pageSize=20&state=PENDING_ACCEPTANCE`]],
    [`${page}?state=gone`, [C, `${C}/privateLinkConnections?pageSize=20`]],
    [`${page}?q=%20`, [C, `${C}/privateLinkConnections?pageSize=20`]],
    [`${page}?q=0`, [C, `${C}/privateLinkConnections?pageSize=100`]],
    [`${page}?q=&q=kafka`, [C, `${C}/privateLinkConnections?pageSize=20`]],
    [`${page}?usage=Used`, [C, `${C}/privateLinkConnections?pageSize=100`]],
    [`${page}?usage=unused&state=FAILED`, [C, `${C}/privateLinkConnections?pageSize=100&state=FAILED`]],
    [`${page}?usage=both`, [C, `${C}/privateLinkConnections?pageSize=20`]],
  ])('%s: %j', (address, reads) => expect(firstReads(address)).toEqual(reads));

  it.each(['/assets/index.js', 'clusters/42/settings/networking', '.x/clusters/42/settings/networking', 'http://x/clusters/42/settings/networking', '/clusters/42/settings', '/clusters/4%3E2/settings/networking', '%zz', '//evil.example/clusters/1/settings/networking'])(
    'is none for an address that is not a page with certain reads: %s',
    (address) => {
      expect(preloadLinks(address)).toBeUndefined();
      expect(firstReads(address)).toEqual([]);
    },
  );
});
