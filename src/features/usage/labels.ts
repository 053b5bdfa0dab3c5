import type { Translate } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';

const known = (prefix: string, value: string, t: Translate) => {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === key ? undefined : text;
};

/** Known values in the user's language; anything the API added since, as it is. */
export const sinkLabel = (t: Translate, type: string) => known('changefeed.sink', type, t) ?? type;
export const changefeedStateLabel = (t: Translate, state: string | undefined) =>
  state ? (known('changefeed.state', state, t) ?? state) : t('changefeed.state.unknown');
export const migrationStateLabel = (t: Translate, state: string | undefined) =>
  state ? (known('migration.state', state, t) ?? state) : t('changefeed.state.unknown');
