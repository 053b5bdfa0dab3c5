import { createContext, Fragment, useContext, useEffect, useState, type ReactNode } from 'react';
import type { MessageKey } from '@/locales/en';
import { detectLang, interpolate, LANG_STORAGE_KEY, template, translator, type Lang, type Params, type Translate } from './i18n-core';

export { LANGUAGES, type Lang, type Translate } from './i18n-core';

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
}

const I18nContext = createContext<I18n | null>(null);

const formats = new Map<Lang, { dates: Intl.DateTimeFormat; days: Intl.DateTimeFormat; datesWithZone: Intl.DateTimeFormat; numbers: Intl.NumberFormat }>();
/**
 * A language's date and number formats, made once. The page's first Intl format costs 60–100 ms at
 * 1× CPU (the browser loads its locale data): main.tsx makes them while the first reads are on the
 * way, not in the render that shows the rows.
 */
export function formatsFor(lang: Lang) {
  let f = formats.get(lang);
  if (!f) {
    f = {
      dates: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
      days: new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }),
      datesWithZone: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'long' }),
      numbers: new Intl.NumberFormat(lang),
    };
    formats.set(lang, f);
  }
  return f;
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? detectLang());
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = (next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // not remembered: still switched
    }
  };
  const value = i18nFor(lang, setLang);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function i18nFor(lang: Lang, setLang: (next: Lang) => void): I18n {
  const t = translator(lang);
  const { dates, days, datesWithZone, numbers } = formatsFor(lang);
  const format = (f: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
    if (!iso) return '—';
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : f.format(d);
  };
  return {
    lang,
    setLang,
    t,
    rich: (key, tags, params) => renderRich(template(lang, key), tags, params),
    formatDate: format(dates),
    formatDay: format(days),
    formatDateTimeZone: format(datesWithZone),
    formatNumber: (n) => numbers.format(n),
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
