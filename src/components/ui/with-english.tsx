import { useI18n, type Translate } from '@/lib/i18n';
import { interpolate, type Lang, type Params } from '@/lib/i18n-core';
import { en, type MessageKey } from '@/locales/en';

/**
 * A name in the user's language with the English UI label beside it, where they differ:
 * `网络 (Networking)`. Chinese readers follow documentation that names the English labels
 * (Settings › Networking, Private Link Connection For Dataflow), so those stay findable.
 */
export function WithEnglish({ k, params, className }: { k: MessageKey; params?: Params; className?: string }) {
  const { t, lang } = useI18n();
  const text = t(k, params);
  const english = englishOf(lang, text, k, params);
  if (!english) return <>{text}</>;
  return (
    <>
      {text}{' '}
      <span lang="en" className={className ?? 'font-normal text-slate-600'}>
        {`(${english})`}
      </span>
    </>
  );
}

/** The same as text (document titles, accessible names): `网络 (Networking)`. */
export function withEnglish(t: Translate, lang: Lang, k: MessageKey, params?: Params): string {
  const text = t(k, params);
  const english = englishOf(lang, text, k, params);
  return english ? `${text} (${english})` : text;
}

function englishOf(lang: Lang, text: string, k: MessageKey, params?: Params): string | undefined {
  if (lang === 'en') return undefined;
  const english = interpolate(en[k], params);
  return english === text ? undefined : english;
}
