import * as z from 'zod/mini';
import { CONNECTION_STATES } from '@/contract/private-link';

/** A value the page cannot use reads as absent (and is dropped from the address). */
const oneOf = <T extends readonly [string, ...string[]]>(values: T, normalise: (v: string) => string = (v) => v) =>
  z.pipe(
    z.transform((v: unknown) => (typeof v === 'string' ? normalise(v.trim()) : '')),
    z.catch(z.union([z.enum(values), z.literal('')]), ''),
  );

/** A page number past the first (`2`…`999999`); `1`, zero, negative or not a whole number read as absent. */
const pageNumber = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? v.trim() : '')),
  z.catch(z.union([z.string().check(z.regex(/^0*[1-9]\d{0,5}$/)), z.literal('')]), ''),
);

/**
 * The page's address as a checked schema: `q` free text, `state` one of the API's connection states
 * (`active` read as ACTIVE; anything else dropped, never sent to the API), `usage` used / unused,
 * `page` the list's page (a positive whole number; the first page has none).
 * Parameters not listed here are left alone.
 */
export const searchSchema = z.object({
  q: z.catch(z.string(), ''),
  state: oneOf(CONNECTION_STATES, (v) => v.toUpperCase()),
  usage: oneOf(['used', 'unused'] as const, (v) => v.toLowerCase()),
  page: z.pipe(pageNumber, z.transform((v) => (v && Number(v) > 1 ? String(Number(v)) : ''))),
});
/** The parameters that choose which rows are listed: changing one goes back to the first page. */
export const FILTER_PARAMS: readonly string[] = ['q', 'state', 'usage'];
/** The page number a `page` parameter's checked value stands for. */
export const pageOf = (value: string) => (value ? Number(value) : 1);
export type SearchParams = z.output<typeof searchSchema>;
const KNOWN = Object.keys(searchSchema.shape) as (keyof SearchParams)[];

/** The checked value of one parameter, or undefined for a parameter the schema does not know. */
export function checkedParam(search: string, name: string): string | undefined {
  if (!(KNOWN as string[]).includes(name)) return undefined;
  const raw = new URLSearchParams(search);
  const parsed = searchSchema.parse(Object.fromEntries(KNOWN.map((k) => [k, raw.get(k) ?? ''])));
  return parsed[name as keyof SearchParams];
}
