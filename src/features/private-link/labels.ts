import type { Translate } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';

const has = (prefix: string, value: string, t: Translate) => {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === key ? undefined : text;
};

/** Known values in the user's language; anything the API added since, as it is. */
export const domainTypeLabel = (t: Translate, type: string | undefined) => (type ? (has('domainType', type, t) ?? type) : '—');
export const stateLabel = (t: Translate, state: string | undefined) => (state ? (has('state', state, t) ?? state) : t('state.unknown'));
