import type { Plural, Translate } from '@/lib/i18n';

/**
 * "2 changefeeds", "1 migration", "1 changefeed, 1 migration" (each count pluralised by the
 * catalog; zero parts left out). `unbroken`: each part's spaces made non-breaking, so that a
 * narrow column breaks the phrase only between its parts.
 */
export function usersPhrase(t: Translate, plural: Plural, changefeeds: number, migrations: number, { unbroken = false } = {}): string {
  const parts = [
    changefeeds ? plural(changefeeds, { one: 'usage.countOne', other: 'usage.count' }) : '',
    migrations ? plural(migrations, { one: 'users.migrationsOne', other: 'users.migrations' }) : '',
  ]
    .filter(Boolean)
    .map((p) => (unbroken ? p.replace(/ /g, '\u00a0') : p));
  return parts.length === 2 ? t('users.join', { first: parts[0]!, second: parts[1]! }) : (parts[0] ?? '');
}
