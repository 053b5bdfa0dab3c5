import { afterEach, describe, expect, it, vi } from 'vitest';
import { en, type MessageKey, type Messages } from '@/locales/en';
import { zhCN } from '@/locales/zh-CN';
import { detectLang, interpolate, LANG_STORAGE_KEY, loadCatalog, template, tEn, translator } from './i18n-core';

afterEach(() => vi.unstubAllGlobals());

describe('messages', () => {
  it('interpolate: each {name} given is replaced (numbers as text); others, and templates without parameters, stay', () => {
    expect(interpolate('{count} of {total}, {count}', { count: 2, total: 'ten' })).toBe('2 of ten, 2');
    expect(interpolate('{missing} and {n}', { n: 0 })).toBe('{missing} and 0');
    expect(interpolate('{n} as is')).toBe('{n} as is');
    expect(interpolate('{a-b} {x}', { 'a-b': 1, x: 'y' })).toBe('{a-b} y');
  });

  it('template: the catalog’s message, else English, else the key itself', () => {
    const partial = { 'common.retry': '重试' } as unknown as Messages;
    expect(template(partial, 'common.retry')).toBe('重试');
    expect(template(partial, 'app.product')).toBe(en['app.product']);
    expect(template(partial, 'no.such.key' as MessageKey)).toBe('no.such.key');
  });

  it('translator: the template with its parameters; tEn is English', () => {
    expect(translator(zhCN)('common.retry')).toBe(zhCN['common.retry']);
    expect(translator(zhCN)('panel.total', { count: 3 })).toBe(zhCN['panel.total'].replace('{count}', '3'));
    expect(tEn('panel.total', { count: 3 })).toBe('3 connections');
  });

  it('loadCatalog: English at once, Simplified Chinese loaded', async () => {
    expect(await loadCatalog('en')).toBe(en);
    expect(await loadCatalog('zh-CN')).toBe(zhCN);
  });
});

describe('detectLang: the language remembered, else the browser’s', () => {
  const browser = (languages: readonly string[] | undefined, language = 'en-US') => vi.stubGlobal('navigator', { languages, language });

  it('a remembered language wins; anything else remembered is ignored', () => {
    browser(['en-US']);
    localStorage.setItem(LANG_STORAGE_KEY, 'zh-CN');
    expect(detectLang()).toBe('zh-CN');
    browser(['zh-CN']);
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    expect(detectLang()).toBe('en');
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    expect(detectLang()).toBe('zh-CN');
    browser(['fr']);
    expect(detectLang()).toBe('en');
  });

  it('any Chinese among the browser’s languages, in any case, is Simplified Chinese; else English', () => {
    browser(['en-US', 'ZH-tw']);
    expect(detectLang()).toBe('zh-CN');
    browser(['en-US', 'fr']);
    expect(detectLang()).toBe('en');
    browser(['dezh']);
    expect(detectLang()).toBe('en');
    // No list: the one language.
    browser(undefined, 'zh');
    expect(detectLang()).toBe('zh-CN');
    browser(undefined, 'en-GB');
    expect(detectLang()).toBe('en');
    browser([undefined as unknown as string, 'zh-CN']);
    expect(detectLang()).toBe('zh-CN');
  });

  it('storage that cannot be read, or no navigator: still a language', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    browser(['zh-HK']);
    expect(detectLang()).toBe('zh-CN');
    vi.stubGlobal('navigator', undefined);
    expect(detectLang()).toBe('en');
  });
});
