import { en, type MessageKey, type Messages } from '@/locales/en';

/** English and Simplified Chinese, switchable, remembered, following the browser on first visit. */
export const LANGUAGES = { en: 'English', 'zh-CN': '简体中文' } as const;
export type Lang = keyof typeof LANGUAGES;

/** A language's messages: English is in the first chunk (and stands in for a missing message); another loads on demand. */
export function loadCatalog(lang: Lang): Promise<Messages> {
  return lang === 'zh-CN' ? import('@/locales/zh-CN').then((m) => m.zhCN) : Promise.resolve(en);
}
export const LANG_STORAGE_KEY = 'console-lang';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function translator(catalog: Messages): Translate {
  return (key, params) => interpolate(template(catalog, key), params);
}

/** The raw template, for markup that must be split before parameters go in. */
export function template(catalog: Messages, key: MessageKey): string {
  return catalog[key] ?? en[key] ?? key;
}

/** English, for code that runs outside React (the mock's messages, logs). */
export const tEn = translator(en);

export function detectLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // storage unavailable: fall through
  }
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return preferred.some((l) => l?.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

