import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { en, type Messages } from '@/locales/en';
import { zhCN } from '@/locales/zh-CN';
import { createI18n, I18nProvider, largestUnit, useI18n } from './i18n';
import { LANG_STORAGE_KEY } from './i18n-core';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('largestUnit: the largest whole unit of an age', () => {
  it('rounds down, and moves up a unit exactly at 60 s, 60 min and 24 h', () => {
    expect(largestUnit(999)).toEqual([0, 'second']);
    expect(largestUnit(MINUTE - 1)).toEqual([59, 'second']);
    expect(largestUnit(MINUTE)).toEqual([1, 'minute']);
    expect(largestUnit(HOUR - 1)).toEqual([59, 'minute']);
    expect(largestUnit(HOUR)).toEqual([1, 'hour']);
    expect(largestUnit(DAY - 1)).toEqual([23, 'hour']);
    expect(largestUnit(DAY)).toEqual([1, 'day']);
    expect(largestUnit(3 * DAY + 5 * HOUR)).toEqual([3, 'day']);
  });
});

describe('createI18n: messages and formats of a language', () => {
  it('dates: none is a dash, one that cannot be read is shown as it is, else as the language writes it', () => {
    const { formatDate, formatDay, formatDateTimeZone } = createI18n('en');
    for (const format of [formatDate, formatDay, formatDateTimeZone]) {
      expect(format(null)).toBe('—');
      expect(format(undefined)).toBe('—');
      expect(format('')).toBe('—');
      expect(format('not a date')).toBe('not a date');
    }
    const iso = '2026-03-04T05:06:07Z';
    const d = new Date(iso);
    expect(formatDate(iso)).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(d));
    expect(formatDay(iso)).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(d));
    expect(formatDateTimeZone(iso)).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'long' }).format(d));
    expect(createI18n('zh-CN').formatDay(iso)).toBe(new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' }).format(d));
  });

  it('formatTime: the time of day today, with the date on another day', () => {
    vi.useFakeTimers({ now: new Date(2026, 2, 4, 15, 0, 0) });
    const { formatTime } = createI18n('en');
    const today = new Date(2026, 2, 4, 9, 30, 15);
    const yesterday = new Date(2026, 2, 3, 9, 30, 15);
    expect(formatTime(today)).toBe(new Intl.DateTimeFormat('en', { timeStyle: 'medium' }).format(today));
    expect(formatTime(yesterday)).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(yesterday));
  });

  it('numbers, ages and durations, in each language', () => {
    const i18n = createI18n('en');
    expect(i18n.formatNumber(1234.5)).toBe('1,234.5');
    expect(i18n.formatAgo(500)).toBe('now');
    expect(i18n.formatAgo(2 * HOUR + 5 * MINUTE)).toBe('2 hours ago');
    expect(i18n.formatAgo(DAY)).toBe('yesterday');
    expect(i18n.formatDuration(2 * HOUR)).toBe('2 hours');
    expect(i18n.formatDuration(40 * MINUTE)).toBe('40 minutes');
    expect(i18n.formatDuration(SECOND)).toBe('1 second');
    const zh = createI18n('zh-CN', zhCN);
    expect(zh.formatAgo(2 * HOUR)).toBe(new Intl.RelativeTimeFormat('zh-CN', { numeric: 'auto' }).format(-2, 'hour'));
    expect(zh.formatDuration(3 * DAY)).toBe(new Intl.NumberFormat('zh-CN', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(3));
  });

  it('each format is made once per language and use', () => {
    const i18n = createI18n('en');
    i18n.formatNumber(1);
    const made = vi.spyOn(Intl, 'NumberFormat');
    expect(createI18n('en').formatNumber(2)).toBe('2');
    expect(i18n.formatNumber(3)).toBe('3');
    expect(made).not.toHaveBeenCalled();
  });

  it('formatDate and formatTime on another day share one format (a page’s first costs the most)', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    vi.useFakeTimers({ now: new Date(2026, 2, 4, 15, 0, 0) });
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const i18n = fresh.createI18n('en');
    const at = new Date(2026, 2, 1, 10, 0, 0);
    expect(i18n.formatDate(at.toISOString())).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(at));
    expect(i18n.formatTime(at)).toBe(i18n.formatDate(at.toISOString()));
    expect(made).toHaveBeenCalledTimes(2); // the one shared, and the one made above to compare
    // Where the language is remembered: renamed, every visitor's choice would be forgotten.
    expect((await import('./i18n-core')).LANG_STORAGE_KEY).toBe('console-lang');
  });

  it('plural: one or other as the language’s rules say, with the count formatted and the other parameters', () => {
    const catalog = { ...en, 'panel.totalOne': '{count} connection of {who}', 'panel.total': '{count} connections of {who}' } as Messages;
    const { plural } = createI18n('en', catalog);
    const keys = { one: 'panel.totalOne', other: 'panel.total' } as const;
    expect(plural(1, keys, { who: 'you' })).toBe('1 connection of you');
    expect(plural(0, keys, { who: 'you' })).toBe('0 connections of you');
    expect(plural(1234, keys, { who: 'you', count: 'not this' })).toBe('1,234 connections of you');
    // Chinese has no singular.
    expect(createI18n('zh-CN', catalog).plural(1, keys, { who: '你' })).toBe('1 connections of 你');
    expect(createI18n('en').t('common.retry')).toBe('Retry');
    expect(createI18n('zh-CN', zhCN).t('common.retry')).toBe(zhCN['common.retry']);
  });

  it('rich: tags rendered by the caller, an unknown tag as its text, parameters as text after the tags are found', () => {
    const catalog = { ...en, 'common.retry': '<b>{a}</b> then {b} <i>x</i> and <link>{c}</link>, end {d}' } as Messages;
    const { rich } = createI18n('en', catalog);
    const tags = { b: (c: string) => <strong>{c}</strong>, link: (c: string) => <em>{c}</em> };
    const nodes = rich('common.retry', tags, { a: 1, b: '<b>no</b>', c: 'C', d: 'D' });
    const { container } = render(<p>{nodes}</p>);
    expect(container.firstElementChild!.innerHTML).toBe('<strong>1</strong> then &lt;b&gt;no&lt;/b&gt; x and <em>C</em>, end D');
    // Only what is there: no empty text before the first tag or after the last.
    expect(nodes).toHaveLength(6);
    expect(createI18n('en', { ...en, 'common.retry': 'a <b>b</b>' } as Messages).rich('common.retry', tags)).toHaveLength(2);
    expect(createI18n('en', { ...en, 'common.retry': 'plain {x}' } as Messages).rich('common.retry', tags, { x: 1 })).toEqual(['plain 1']);
  });
});

describe('I18nProvider and useI18n', () => {
  function Page() {
    const { lang, t, setLang } = useI18n();
    return (
      <>
        <p>
          {lang}: {t('common.retry')}
        </p>
        <button onClick={() => setLang('zh-CN')}>switch</button>
      </>
    );
  }

  it('useI18n needs a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useI18n())).toThrow('useI18n needs an I18nProvider');
  });

  it('the language given, else the one detected; the page’s lang attribute follows', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'zh-CN');
    const wrapper = (lang?: 'en') => ({ children }: { children: ReactNode }) => <I18nProvider lang={lang}>{children}</I18nProvider>;
    expect(renderHook(() => useI18n().lang, { wrapper: wrapper('en') }).result.current).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(renderHook(() => useI18n().lang, { wrapper: wrapper() }).result.current).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('the messages given are shown', () => {
    render(
      <I18nProvider lang="zh-CN" catalog={zhCN}>
        <Page />
      </I18nProvider>,
    );
    expect(screen.getByText(`zh-CN: ${zhCN['common.retry']}`)).toBeInTheDocument();
  });

  it('switching loads the messages, then shows them and remembers the language (or only shows them, without storage)', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <I18nProvider lang="en" catalog={en}>
        <Page />
      </I18nProvider>,
    );
    expect(screen.getByText('en: Retry')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'switch' }));
    expect(await screen.findByText(`zh-CN: ${zhCN['common.retry']}`)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('zh-CN');
    unmount();
    localStorage.clear();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    render(
      <I18nProvider lang="en">
        <Page />
      </I18nProvider>,
    );
    await act(() => user.click(screen.getByRole('button', { name: 'switch' })));
    expect(await screen.findByText(`zh-CN: ${zhCN['common.retry']}`)).toBeInTheDocument();
  });
});
