import { http } from 'msw';
import type { ListMigrationsResponse } from '@/contract/migrations';
import type { MockDb } from '../db';
import { clusterOr404 } from './lookup';
import { json, paged } from './respond';
import { route } from './route';

/** `GET …/migrations` (pageSize, default 10; pageToken) (migration.openapi.yaml). The stored profiles carry no password. */
export function migrationHandlers(db: MockDb, base: string) {
  return [
    http.get(
      `${base}/clusters/:clusterId/migrations`,
      route(db, 'listMigrations', ({ data, params, url }) => {
        const cluster = clusterOr404(data, params.clusterId!);
        const mine = data.migrations.filter((m) => m.clusterId === cluster.clusterId).map((m) => m.migration);
        const { page, ...rest } = paged(url, mine, () => true);
        return json<ListMigrationsResponse>({ migrations: page, ...rest });
      }),
    ),
  ];
}
