import * as z from 'zod/mini';

type ItemsOf<T extends z.ZodMiniType> = z.ZodMiniDefault<z.ZodMiniArray<T>>;

const pageFields = { nextPageToken: z.optional(z.string()), totalSize: z.optional(z.number()) };

/**
 * A List answer of TiDB Cloud's API: its items under `key` (the API leaves the field out when
 * there are none) and the paging fields, `nextPageToken` and `totalSize`.
 */
export function listOf<const K extends string, T extends z.ZodMiniType>(key: K, item: T) {
  const items = z._default(z.array(item), () => [] as z.output<T>[]) as ItemsOf<T>;
  return z.object({ ...pageFields, [key]: items } as typeof pageFields & { [P in K]: ItemsOf<T> });
}
