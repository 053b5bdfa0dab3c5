import { describe, expect, it } from 'vitest';
import { cn } from './cn';

describe('cn', () => {
  it('skips falsy parts and lets a later Tailwind class win', () => {
    expect(cn('px-2 py-1', false, undefined, 'px-4')).toBe('py-1 px-4');
    expect(cn('h-9 text-sm', { 'text-red-700': true, hidden: false })).toBe('h-9 text-sm text-red-700');
  });
});
