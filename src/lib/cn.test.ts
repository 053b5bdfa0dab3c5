import { describe, expect, it } from 'vitest';
import { cn } from './cn';

describe('cn', () => {
  it('joins class names, skipping falsy parts and reading objects', () => {
    expect(cn('px-2 py-1', false, undefined, null, 'mt-4')).toBe('px-2 py-1 mt-4');
    expect(cn('h-9 text-sm', { 'text-red-700': true, hidden: false })).toBe('h-9 text-sm text-red-700');
  });
});
