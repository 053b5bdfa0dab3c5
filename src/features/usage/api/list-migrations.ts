import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { listMigrationsResponseSchema, type ListMigrationsResponse, type Migration } from '@/contract/migrations';
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

/** Every migration of the cluster: one chain of requests following `nextPageToken`, up to `maxPages`. */
export async function listAllMigrations(clusterId: string, signal?: AbortSignal, maxPages = MAX_MIGRATION_PAGES): Promise<AllMigrations> {
  const migrations: Migration[] = [];
  const seen = new Set<string>();
  let pageToken: string | undefined;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const page = await listMigrations(clusterId, { pageSize: MIGRATION_PAGE_SIZE, pageToken }, signal);
    migrations.push(...page.migrations);
    pageToken = page.nextPageToken || undefined;
    if (!pageToken) return { migrations, complete: true };
    if (seen.has(pageToken)) break;
    seen.add(pageToken);
  }
  return { migrations, complete: false };
}

export const MIGRATIONS_STALE_MS = 60_000;

export const allMigrationsQueryOptions = (clusterId: string) =>
  queryOptions({
    queryKey: migrationKeys.listAll(clusterId),
    queryFn: ({ signal }) => listAllMigrations(clusterId, signal),
    staleTime: MIGRATIONS_STALE_MS,
  });

/** Every migration of the cluster, one shared query; `fresh`: load it again when the caller mounts. */
export function useAllMigrations(clusterId: string, { fresh = false } = {}) {
  return useQuery({ ...allMigrationsQueryOptions(clusterId), ...(fresh ? { refetchOnMount: 'always' as const } : {}) });
}
