import * as z from 'zod/mini';

/**
 * An enum the API may extend: known values are typed, unknown ones are kept as they are
 * (the page shows them verbatim instead of crashing).
 */
export function openEnum<const T extends readonly [string, ...string[]]>(_values: T) {
  return z.string() as unknown as z.ZodMiniType<T[number] | (string & {}), string>;
}
