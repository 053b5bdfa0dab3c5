/**
 * Every item of a paged List: follows `nextPageToken` up to `maxPages` pages. `complete` is false
 * when the bound was reached or the API repeated a page token (it would loop forever): more may exist.
 */
export async function followPages<T>(
  read: (pageToken: string | undefined) => Promise<{ items: T[]; nextPageToken?: string }>,
  maxPages: number,
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  const seen = new Set<string>();
  let pageToken: string | undefined;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const page = await read(pageToken);
    items.push(...page.items);
    pageToken = page.nextPageToken || undefined;
    if (!pageToken) return { items, complete: true };
    if (seen.has(pageToken)) break;
    seen.add(pageToken);
  }
  return { items, complete: false };
}
