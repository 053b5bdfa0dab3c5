import { describe, expect, it } from 'vitest';
import { checkedParam, pageOf } from './search-params';

describe('page in the address', () => {
  it.each([
    ['?page=3', '3'],
    ['?page=%203', '3'],
    ['?page=03', '3'],
    ['?page=1', ''],
    ['?page=0', ''],
    ['?page=-2', ''],
    ['?page=2.5', ''],
    ['?page=abc', ''],
    ['?page=1e3', ''],
    ['?page=9999999', ''],
    ['', ''],
  ])('%s reads as %j', (search, page) => {
    expect(checkedParam(search, 'page')).toBe(page);
  });

  it('the first page has no number in the address', () => {
    expect(pageOf('')).toBe(1);
    expect(pageOf('4')).toBe(4);
  });
});
