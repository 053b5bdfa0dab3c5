import * as z from 'zod/mini';
import { CONNECTION_STATES } from '@/contract/private-link';

/** A value the page cannot use reads as absent: dropped from the address, never sent to the API. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T, normalise: (v: string) => string) =>
  z.pipe(
    z.transform((v: unknown) => (typeof v === 'string' ? normalise(v.trim()) : undefined)),
    z.catch(z.optional(z.enum(values)), undefined),
  );

/**
 * The Networking page's address, checked field by field: `q` free text (`?q=123` is the text
 * `123`), `state` one of the API's connection states (`active` reads as ACTIVE), `usage` used /
 * unused, `page` the list's page past the first (2…999999; `1`, zero or not a whole number read as
 * absent). Parameters not listed here are kept as they are.
 */
const networkingSearchSchema = z.object({
  q: z.transform((v: unknown) => (typeof v === 'string' && v) || undefined),
  state: oneOf(CONNECTION_STATES, (v) => v.toUpperCase()),
  usage: oneOf(['used', 'unused'] as const, (v) => v.toLowerCase()),
  page: z.transform((v: unknown) => {
    // Text from the address, or the number a page turn writes.
    const text = typeof v === 'number' ? String(v) : v;
    const n = typeof text === 'string' && /^0*[1-9]\d{0,5}$/.test(text.trim()) ? Number(text) : 0;
    return n > 1 ? n : undefined;
  }),
});
type NetworkingSearch = z.output<typeof networkingSearchSchema>;

/** Checks the known parameters; any other is kept as it is. */
export function validateNetworkingSearch(
  raw: Record<string, unknown>,
): Partial<NetworkingSearch> & Record<string, unknown> {
  const checked = networkingSearchSchema.parse(raw);
  const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !(k in networkingSearchSchema.shape)));
  // Known ones stay in the result even when absent: the router merges it over the raw values.
  return { ...rest, ...checked };
}

/** The address's query as plain text values (the router's default reads `?q=123` as the number 123); the first of a repeated name wins. */
export function parseSearch(search: string): Record<string, unknown> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(search)) if (!(k in out)) out[k] = v;
  return out;
}

/** The reverse of parseSearch: absent and empty values are left out. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}
