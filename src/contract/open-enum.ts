import * as z from 'zod/mini';

/**
 * An enum the API may extend: the known values are typed, and an unknown one (a newer API) is
 * kept as it is, so the page shows it verbatim instead of failing to parse the answer.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]) as unknown as z.ZodMiniType<T[number] | (string & {}), string>;
}
