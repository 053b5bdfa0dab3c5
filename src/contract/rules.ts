import type { PROVIDERS } from './providers';
import type { EnteredDomainKind } from './providers/unique-name';

/**
 * The console's input rules: the form's check before sending. The mock keeps its own, written from
 * the spec (mocks/rules.ts), so the two can disagree; rules.property.test.ts compares them. Never
 * stricter than the real API: only what is certainly wrong is refused (where the form knowingly is
 * stricter, the property test lists why).
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

/** Any script, 1–64 characters once trimmed, no control characters. */
export function displayNameProblem(value: string): Problem | undefined {
  const v = value.trim();
  if (v.length === 0) return { key: 'problem.name.empty' };
  if ([...v].length > DISPLAY_NAME_MAX) return { key: 'problem.name.tooLong', params: { max: DISPLAY_NAME_MAX } };
  if (CONTROL.test(v)) return { key: 'problem.name.chars' };
  return undefined;
}

/** TiDB Cloud Managed unique names: 26 characters of `[a-z0-9]`, e.g. `dvs6nl5jgveztmla3pxkxgh76i`. */
export const TIDB_UNIQUE_NAME_RE = /^[a-z0-9]{26}$/;
