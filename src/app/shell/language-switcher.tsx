import { useI18n, LANGUAGES, type Lang } from '@/lib/i18n';

/** What a phone's top bar shows of the language (the select's options keep the full names). */
const SHORT: Record<Lang, string> = { en: 'EN', 'zh-CN': '中文' };

/**
 * The language select. On phones the top bar has no room for "简体中文": a short code is drawn and
 * the real select lies transparent over it (same name, same options, same keyboard and picker).
 */
export function LanguageSwitcher() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="relative flex shrink-0 items-center text-sm text-slate-300">
      <span className="sr-only">{t('app.language')}</span>
      <select
        value={lang}
        onChange={(e) => setLang(e.target.value as Lang)}
        className="peer rounded-md border border-slate-600 bg-slate-800 px-2 py-1 text-sm text-white focus-visible:outline-2 focus-visible:outline-white max-sm:absolute max-sm:inset-0 max-sm:opacity-0"
      >
        {(Object.keys(LANGUAGES) as Lang[]).map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGES[l]}
          </option>
        ))}
      </select>
      <span
        aria-hidden="true"
        lang={lang}
        className="inline-flex min-h-7 items-center gap-1 rounded-md border border-slate-600 bg-slate-800 px-2 text-white peer-focus-visible:outline-2 peer-focus-visible:outline-white sm:hidden"
      >
        {SHORT[lang]}
        <span className="text-xs">▾</span>
      </span>
    </label>
  );
}
