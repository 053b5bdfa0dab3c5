import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import {
  listMigrationsResponseSchema,
  type ListMigrationsResponse,
  type Migration,
} from '@/contract/migrations';
import { followPages } from './follow-pages';
import { migrationKeys, migrationsPath } from './keys';

/** As for changefeeds: a hundred a page (the spec's default is 10), at most a hundred pages. */
export const MIGRATION_PAGE_SIZE = 100;
export const MAX_MIGRATION_PAGES = 100;

export function listMigrations(
  clusterId: string,
  params: { pageSize: number; pageToken?: string },
  signal?: AbortSignal,
): Promise<ListMigrationsResponse> {
  return apiRequest({
    path: migrationsPath(clusterId),
    query: { pageSize: params.pageSize, pageToken: params.pageToken },
    schema: listMigrationsResponseSchema,
    signal,
  });
}

export interface AllMigrations {
  migrations: Migration[];
  /** False when the bound was reached (or the API repeated a page token): more may exist. */
  complete: boolean;
}

/** Every migration of the cluster: one chain of requests (followPages), up to `maxPages` pages. */
export async function listAllMigrations(
  clusterId: string,
  signal?: AbortSignal,
  maxPages = MAX_MIGRATION_PAGES,
): Promise<AllMigrations> {
  const read = (pageToken: string | undefined) =>
    listMigrations(clusterId, { pageSize: MIGRATION_PAGE_SIZE, pageToken }, signal).then((page) => ({
      items: page.migrations,
      nextPageToken: page.nextPageToken,
    }));
  const { items, complete } = await followPages(read, maxPages);
  return { migrations: items, complete };
}

export const MIGRATIONS_STALE_MS = 60_000;

export const allMigrationsQueryOptions = (clusterId: string) =>
  queryOptions({
    queryKey: migrationKeys.listAll(clusterId),
    queryFn: () => listAllMigrations(clusterId),
    staleTime: MIGRATIONS_STALE_MS,
  });

/** Every migration of the cluster, one shared query; `fresh`: load it again when the caller mounts. */
export function useAllMigrations(clusterId: string, { fresh = false } = {}) {
  return useQuery({
    ...allMigrationsQueryOptions(clusterId),
    ...(fresh ? { refetchOnMount: 'always' as const } : {}),
  });
}
