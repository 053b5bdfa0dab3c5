import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch, validateNetworkingSearch } from './search';

const checked = (search: string) => validateNetworkingSearch(parseSearch(search));

describe("the Networking page's address, checked field by field", () => {
  it.each([
    ['?page=3', 3],
    ['?page=%203', 3],
    ['?page=03', 3],
    ['?page=1', undefined],
    ['?page=0', undefined],
    ['?page=-2', undefined],
    ['?page=2.5', undefined],
    ['?page=abc', undefined],
    ['?page=1e3', undefined],
    ['?page=9999999', undefined],
    ['', undefined],
  ])('page: %s reads as %j', (search, page) => {
    expect(checked(search).page).toBe(page);
  });

  it('q stays text: ?q=123 is "123", not a number; an empty q is absent', () => {
    expect(checked('?q=123').q).toBe('123');
    expect(checked('?q=true').q).toBe('true');
    expect(checked('?q=%7B%7D').q).toBe('{}');
    expect(checked('?q=').q).toBeUndefined();
    // What a page turn writes (a number) reads back as itself.
    expect(validateNetworkingSearch({ page: 3 }).page).toBe(3);
  });

  it('state: a state of the API (any case) or nothing; usage: used / unused or nothing', () => {
    expect(checked('?state=active').state).toBe('ACTIVE');
    expect(checked('?state=BOGUS').state).toBeUndefined();
    expect(checked('?usage=USED').usage).toBe('used');
    expect(checked('?usage=maybe').usage).toBeUndefined();
  });

  it('a bad value is dropped alone: the other fields and unknown parameters are kept', () => {
    expect(checked('?q=orders&state=BOGUS&page=two&usage=unused&mock-reset')).toEqual({ q: 'orders', usage: 'unused', 'mock-reset': '' });
  });

  it('written back to the address: absent values left out, the rest as text; the first of a repeated name wins', () => {
    expect(stringifySearch({ q: '123', state: undefined, page: 2 })).toBe('?q=123&page=2');
    expect(stringifySearch({})).toBe('');
    expect(parseSearch('?q=a&q=b')).toEqual({ q: 'a' });
  });
});
