import { connectionEndpointIds, privateLinkSourcesOf } from '@/contract/migration-routes';
import type { MigrationState } from '@/contract/migrations';
import { newId } from './ids';
import type { MockData } from './model';

/**
 * Data Migration scenarios for the developer panel and tests: a migration whose MySQL source is
 * reached through a connection, added or removed as if the user did it in the console.
 */

export interface AddMigrationOptions {
  displayName?: string;
  state?: MigrationState;
  /** Name the connection by its endpoint's ID instead of its own (the spec allows either reading). */
  byEndpointId?: boolean;
  host?: string;
  port?: number;
}

/** Adds a migration on the connection's cluster, its source reached through the connection. Returns its ID (undefined: no such connection). */
export function addMigration(data: MockData, connectionId: string, opts: AddMigrationOptions = {}): string | undefined {
  const conn = data.connections.find((c) => c.privateLinkConnectionId === connectionId);
  if (!conn) return undefined;
  const [ownId, endpointId] = connectionEndpointIds(conn);
  const taken = new Set(data.migrations.filter((m) => m.clusterId === conn.clusterId).map((m) => m.migration.displayName));
  let displayName = opts.displayName ?? `${conn.displayName}-migration`;
  for (let i = 2; !opts.displayName && taken.has(displayName); i++) displayName = `${conn.displayName}-migration-${i}`;
  const migrationId = newId.migration();
  data.migrations.push({
    clusterId: conn.clusterId,
    migration: {
      migrationId,
      displayName,
      state: opts.state ?? 'RUNNING',
      createTime: new Date().toISOString(),
      subTasks: [
        {
          source: {
            sourceType: 'MYSQL',
            connProfile: {
              connType: 'PRIVATE_LINK',
              endpointId: opts.byEndpointId && endpointId ? endpointId : ownId,
              host: opts.host ?? `mysql.${conn.displayName}.internal`,
              port: opts.port ?? 3306,
              user: 'dm_reader',
            },
          },
        },
      ],
    },
  });
  return migrationId;
}

/** Removes the migrations whose source goes through the connection (by its ID or its endpoint's). Returns how many. */
export function removeMigrations(data: MockData, connectionId: string): number {
  const conn = data.connections.find((c) => c.privateLinkConnectionId === connectionId);
  const ids = conn ? connectionEndpointIds(conn) : [connectionId];
  const before = data.migrations.length;
  data.migrations = data.migrations.filter((m) => privateLinkSourcesOf(m.migration, ids).length === 0);
  return before - data.migrations.length;
}

/** How many migrations ride on the connection. */
export function migrationsOn(data: MockData, connectionId: string): number {
  const conn = data.connections.find((c) => c.privateLinkConnectionId === connectionId);
  const ids = conn ? connectionEndpointIds(conn) : [connectionId];
  return data.migrations.filter((m) => privateLinkSourcesOf(m.migration, ids).length > 0).length;
}
