import { describe, expect, it } from 'vitest';
import { shellQuote } from './shell-quote';

describe('shellQuote (POSIX sh)', () => {
  it('leaves a safe value bare, and quotes anything else whole', () => {
    expect(shellQuote('com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d')).toBe('com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d');
    expect(shellQuote('a b')).toBe(`'a b'`);
    expect(shellQuote('x$(rm -rf ~)')).toBe(`'x$(rm -rf ~)'`);
    expect(shellQuote('ok; echo')).toBe(`'ok; echo'`);
    expect(shellQuote('')).toBe(`''`);
  });
  it("writes a ' as '\\'' (every one of them)", () => {
    expect(shellQuote("it's Bob's")).toBe(`'it'\\''s Bob'\\''s'`);
  });
});
