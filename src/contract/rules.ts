import type { PROVIDERS } from './providers';
import type { EnteredDomainKind } from './providers/unique-name';

/**
 * The console's input rules: the form's check before sending. The mock keeps its own, written from
 * the spec (mocks/rules.ts), so the two can disagree; rules.property.test.ts compares them. Never
 * stricter than the real API: only what is certainly wrong is refused (where the form knowingly is
 * stricter, the property test lists why); what may be wrong is said, and sent if the user wants.
 */

/** A rejected value: a message key (a plain string here; the UI translates it) and its parameters. */
export interface Problem {
  key: ProblemKey;
  params?: Record<string, string | number>;
}
export type ProblemKey =
  | 'problem.name.empty'
  | 'problem.name.tooLong'
  | 'problem.name.chars'
  | 'problem.service.empty'
  | (typeof PROVIDERS)[keyof typeof PROVIDERS]['messages']['serviceFormat']
  | EnteredDomainKind['messages']['empty' | 'format' | 'region'];

export const DISPLAY_NAME_MAX = 64;
const CONTROL = /\p{Cc}/u;

/** The spec says only `displayName: string`: any name in any script, at least one character once trimmed. */
export function displayNameProblem(value: string): Problem | undefined {
  return value.trim() ? undefined : { key: 'problem.name.empty' };
}

/**
 * A name TiDB Cloud may refuse, said on the field but sent if the user wants (the spec sets no
 * limit): more than 64 characters (its limit for cluster names), or control characters (a tab or
 * line break, usually pasted).
 */
export function displayNameWarning(value: string): Problem | undefined {
  const v = value.trim();
  if ([...v].length > DISPLAY_NAME_MAX) return { key: 'problem.name.tooLong', params: { max: DISPLAY_NAME_MAX } };
  if (CONTROL.test(v)) return { key: 'problem.name.chars' };
  return undefined;
}

/** TiDB Cloud Managed unique names: 26 characters of `[a-z0-9]`, e.g. `dvs6nl5jgveztmla3pxkxgh76i`. */
export const TIDB_UNIQUE_NAME_RE = /^[a-z0-9]{26}$/;
