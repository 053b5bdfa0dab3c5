import type { Lang } from '@/lib/i18n';
import { en, type Messages } from '@/locales/en';
import { zhCN } from '@/locales/zh-CN';

/** Every language's messages at once, for tests and stories (the page loads only its own). */
export const CATALOGS: Record<Lang, Messages> = { en, 'zh-CN': zhCN };
export const catalogOf = (lang: Lang | undefined) => CATALOGS[lang ?? 'en'];
