import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n as formats, largestUnit } from '@/lib/i18n';
import { stateTiming } from './state-timing';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;

describe('state timing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('says how long ago it was created and last changed, from createTime and updateTime only', () => {
    const t = stateTiming({ state: 'PENDING_ACCEPTANCE', createTime: ago(120 * MIN), updateTime: ago(40 * MIN) }, Date.now());
    expect(t).toEqual({ createdMs: 120 * MIN, changedMs: 40 * MIN, unchangedMs: 40 * MIN, long: false });
    expect(formats('en').formatAgo(t.createdMs!)).toBe('2 hours ago');
    expect(formats('en').formatAgo(t.changedMs!)).toBe('40 minutes ago');
    expect(formats('zh-CN').formatAgo(t.createdMs!)).toBe('2小时前');
  });

  it('counts from creation when the connection never changed (no updateTime), and claims no change', () => {
    const t = stateTiming({ state: 'CREATING', createTime: ago(5 * MIN), updateTime: null }, Date.now());
    expect(t.changedMs).toBeUndefined();
    expect(t.unchangedMs).toBe(5 * MIN);
    expect(t.long).toBe(false);
  });

  it('calls a wait long only past what the state usually takes', () => {
    const at = (state: string, minutes: number) => stateTiming({ state, createTime: ago(minutes * MIN), updateTime: null }, Date.now()).long;
    expect(at('CREATING', 15)).toBe(false);
    expect(at('CREATING', 16)).toBe(true);
    expect(at('PENDING_ACCEPTANCE', 59)).toBe(false);
    expect(at('PENDING_ACCEPTANCE', 61)).toBe(true);
    expect(at('ACTIVE', 10_000)).toBe(false);
    expect(at('FAILED', 10_000)).toBe(false);
  });

  it('moves with the clock', () => {
    const c = { state: 'CREATING', createTime: ago(14 * MIN), updateTime: null };
    expect(stateTiming(c, Date.now()).long).toBe(false);
    vi.advanceTimersByTime(2 * MIN);
    expect(stateTiming(c, Date.now()).long).toBe(true);
  });

  it('ignores a time it cannot read and a clock behind the server', () => {
    expect(stateTiming({ state: 'CREATING', createTime: 'yesterday', updateTime: undefined }, Date.now())).toEqual({ long: false });
    expect(stateTiming({ state: 'CREATING', createTime: ago(-5000) }, Date.now()).createdMs).toBe(0);
  });

  it('uses the largest whole unit, in both languages', () => {
    expect(largestUnit(59_999)).toEqual([59, 'second']);
    expect(largestUnit(3 * 86_400_000)).toEqual([3, 'day']);
    expect(formats('en').formatAgo(0)).toBe('now');
    expect(formats('en').formatDuration(90 * MIN)).toBe('1 hour');
    expect(formats('zh-CN').formatDuration(25 * MIN)).toBe('25分钟');
  });

  it('formats of different uses never stand in for each other (one cache): a day-long wait is "3 days", not a date', () => {
    const en = formats('en');
    expect(en.formatDay('2026-11-20T12:00:00Z')).toMatch(/2026/);
    expect(en.formatDuration(3 * 86_400_000)).toBe('3 days');
    expect(en.formatAgo(3 * 86_400_000)).toBe('3 days ago');
    expect(formats('zh-CN').formatDay('2026-11-20T12:00:00Z')).toMatch(/2026/);
    expect(formats('zh-CN').formatDuration(3 * 86_400_000)).toBe('3天');
  });
});
