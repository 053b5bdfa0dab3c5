import { describe, expect, it } from 'vitest';
import { firstReads, preloadLinks } from './first-reads.mjs';

// Which reads each address preloads is held to the page's own loaders in src/app/preload-links.test.tsx.
describe('preloadLinks', () => {
  it('is a Link header of fetch preloads the page’s fetch can take (CORS mode, same-origin credentials)', () => {
    expect(preloadLinks('/clusters/42/settings/networking?q=x')).toBe(
      '</v1beta1/clusters/42>; rel=preload; as=fetch; crossorigin, </v1beta1/clusters/42/privateLinkConnections?pageSize=100>; rel=preload; as=fetch; crossorigin',
    );
  });

  it.each(['/assets/index.js', '/clusters/42/settings', '/clusters/4%3E2/settings/networking', '%zz', '//evil.example/clusters/1/settings/networking'])(
    'is none for an address that is not a page with certain reads: %s',
    (address) => {
      expect(preloadLinks(address)).toBeUndefined();
      expect(firstReads(address)).toEqual([]);
    },
  );
});
