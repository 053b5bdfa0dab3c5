import { createContext, Fragment, useContext, useEffect, useState, type ReactNode } from 'react';
import { en, type MessageKey, type Messages } from '@/locales/en';
import { detectLang, interpolate, LANG_STORAGE_KEY, loadCatalog, template, translator, type Lang, type Params, type Translate } from './i18n-core';

export { detectLang, LANGUAGES, loadCatalog, type Lang, type Translate } from './i18n-core';

export type Plural = (n: number, keys: { one: MessageKey; other: MessageKey }, params?: Params) => string;

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** A message with markup: `<b>…</b>`-style tags rendered by `tags[name]`, everything else as text. */
  rich: (key: MessageKey, tags: Record<string, (chunk: string) => ReactNode>, params?: Params) => ReactNode;
  formatDate: (iso: string | null | undefined) => string;
  /** The day only (the list's Created column; the time is on hover and in the details). */
  formatDay: (iso: string | null | undefined) => string;
  /** With the time zone, for details. */
  formatDateTimeZone: (iso: string | null | undefined) => string;
  formatNumber: (n: number) => string;
  /** The time of day, with the date when it is not today (a page left open overnight). */
  formatTime: (at: Date) => string;
  /** "2 hours ago" / "2小时前"; "now" under a second. */
  formatAgo: (ms: number) => string;
  /** "2 hours" / "2小时": how long, without "ago". */
  formatDuration: (ms: number) => string;
  /** `one` or `other` as the language's plural rules (Intl.PluralRules) say for `n`; `{count}` is `n`, formatted. */
  plural: Plural;
}

const I18nContext = createContext<I18n | null>(null);

type Unit = 'second' | 'minute' | 'hour' | 'day';
type Format = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.PluralRules;

/**
 * The one cache of Intl formats, by language and use, each made on first use: a pure cache (making
 * one is slow; the first also loads the language's data).
 */
const formats = new Map<string, Format>();
function format<F extends Format>(lang: Lang, use: string, make: () => F): F {
  const key = `${lang}|${use}`;
  let f = formats.get(key) as F | undefined;
  if (!f) formats.set(key, (f = make()));
  return f;
}

/** The largest whole unit of an age (59 s, 40 min, 2 h, 3 days). */
export function largestUnit(ms: number): [number, Unit] {
  const s = Math.floor(ms / 1000);
  if (s < 60) return [s, 'second'];
  if (s < 3600) return [Math.floor(s / 60), 'minute'];
  if (s < 86_400) return [Math.floor(s / 3600), 'hour'];
  return [Math.floor(s / 86_400), 'day'];
}

/**
 * The page's language and its messages: `catalog` is `lang`'s (loaded before the first render,
 * see src/app/render-app.tsx; English when not given). Switching loads the other language's messages first; if
 * they cannot load (offline), the page stays in its language.
 */
export function I18nProvider({ children, lang: initialLang, catalog: initialCatalog }: { children: ReactNode; lang?: Lang; catalog?: Messages }) {
  const [{ lang, catalog }, setShown] = useState(() => ({ lang: initialLang ?? detectLang(), catalog: initialCatalog ?? en }));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = (next: Lang) =>
    void loadCatalog(next).then(
      (messages) => {
        setShown({ lang: next, catalog: messages });
        try {
          localStorage.setItem(LANG_STORAGE_KEY, next);
        } catch {
          // not remembered: still switched
        }
      },
      () => undefined,
    );
  const value = createI18n(lang, catalog, setLang);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** The i18n of `lang` (useI18n gives the page's; tests may make one directly). */
export function createI18n(lang: Lang, catalog: Messages = en, setLang: (next: Lang) => void = () => undefined): I18n {
  const t = translator(catalog);
  const dates = (use: string, options: Intl.DateTimeFormatOptions) => format(lang, use, () => new Intl.DateTimeFormat(lang, options));
  const formatIso = (use: string, options: Intl.DateTimeFormatOptions) => (iso: string | null | undefined) => {
    if (!iso) return '—';
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : dates(use, options).format(d);
  };
  const numbers = () => format(lang, 'number', () => new Intl.NumberFormat(lang));
  return {
    lang,
    setLang,
    t,
    rich: (key, tags, params) => renderRich(template(catalog, key), tags, params),
    formatDate: formatIso('date', DATE),
    formatDay: formatIso('day', { dateStyle: 'medium' }),
    formatDateTimeZone: formatIso('dateWithZone', { dateStyle: 'long', timeStyle: 'long' }),
    formatNumber: (n) => numbers().format(n),
    formatTime: (at) =>
      at.toDateString() === new Date().toDateString() ? dates('time', { timeStyle: 'medium' }).format(at) : dates('date', DATE).format(at),
    formatAgo: (ms) => {
      const [n, unit] = largestUnit(ms);
      return format(lang, 'ago', () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })).format(-n, unit);
    },
    formatDuration: (ms) => {
      const [n, unit] = largestUnit(ms);
      return format(lang, `duration-${unit}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' })).format(n);
    },
    plural: (n, keys, params) => {
      const rule = format(lang, 'plural', () => new Intl.PluralRules(lang)).select(n);
      return t(rule === 'one' ? keys.one : keys.other, { ...params, count: numbers().format(n) });
    },
  };
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n needs an I18nProvider');
  return ctx;
}

/** Tags are found in the template first; parameters go in afterwards, so a value is always text. */
function renderRich(message: string, tags: Record<string, (chunk: string) => ReactNode>, params?: Params): ReactNode {
  const out: ReactNode[] = [];
  const re = /<(\w+)>(.*?)<\/\1>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(message))) {
    if (m.index > last) out.push(interpolate(message.slice(last, m.index), params));
    const render = tags[m[1]!];
    const chunk = interpolate(m[2]!, params);
    out.push(<Fragment key={m.index}>{render ? render(chunk) : chunk}</Fragment>);
    last = m.index + m[0].length;
  }
  if (last < message.length) out.push(interpolate(message.slice(last), params));
  return out;
}
