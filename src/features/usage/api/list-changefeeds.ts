import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import {
  listChangefeedsResponseSchema,
  type Changefeed,
  type ListChangefeedsResponse,
} from '@/contract/changefeeds';
import { followPages } from './follow-pages';
import { changefeedKeys, changefeedsPath } from './keys';

/** The API's largest page. */
export const CHANGEFEED_PAGE_SIZE = 100;
/** At most this many pages (10,000 changefeeds) are followed; beyond, the list is marked incomplete. */
export const MAX_CHANGEFEED_PAGES = 100;

export function listChangefeeds(
  clusterId: string,
  params: { pageSize: number; pageToken?: string },
  signal?: AbortSignal,
): Promise<ListChangefeedsResponse> {
  return apiRequest({
    path: changefeedsPath(clusterId),
    query: { pageSize: params.pageSize, pageToken: params.pageToken },
    schema: listChangefeedsResponseSchema,
    signal,
  });
}

export interface AllChangefeeds {
  changefeeds: Changefeed[];
  /** False when the bound was reached (or the API repeated a page token): more may exist. */
  complete: boolean;
}

/** Every changefeed of the cluster: one chain of requests (followPages), up to `maxPages` pages. */
export async function listAllChangefeeds(
  clusterId: string,
  signal?: AbortSignal,
  maxPages = MAX_CHANGEFEED_PAGES,
): Promise<AllChangefeeds> {
  const read = (pageToken: string | undefined) =>
    listChangefeeds(clusterId, { pageSize: CHANGEFEED_PAGE_SIZE, pageToken }, signal).then((page) => ({
      items: page.changefeeds,
      nextPageToken: page.nextPageToken,
    }));
  const { items, complete } = await followPages(read, maxPages);
  return { changefeeds: items, complete };
}

/** Changefeeds change rarely next to this page: rows mounting later (paging, filters) reuse the list. */
export const CHANGEFEEDS_STALE_MS = 60_000;

export const allChangefeedsQueryOptions = (clusterId: string) =>
  queryOptions({
    queryKey: changefeedKeys.listAll(clusterId),
    queryFn: () => listAllChangefeeds(clusterId),
    staleTime: CHANGEFEEDS_STALE_MS,
  });

/**
 * Every changefeed of the cluster; every caller shares the one query (one request chain).
 * `fresh`: load it again when the caller mounts (a dialog about to break what uses a connection).
 */
export function useAllChangefeeds(clusterId: string, { fresh = false } = {}) {
  return useQuery({
    ...allChangefeedsQueryOptions(clusterId),
    ...(fresh ? { refetchOnMount: 'always' as const } : {}),
  });
}
