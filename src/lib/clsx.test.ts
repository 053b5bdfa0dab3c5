import { clsx } from 'clsx';
import { describe, expect, it } from 'vitest';

describe('clsx, as the components join class names', () => {
  it('joins class names, skipping falsy parts and reading objects', () => {
    expect(clsx('px-2 py-1', false, undefined, null, 'mt-4')).toBe('px-2 py-1 mt-4');
    expect(clsx('h-9 text-sm', { 'text-red-700': true, hidden: false })).toBe('h-9 text-sm text-red-700');
  });
});
