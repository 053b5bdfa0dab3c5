import * as z from 'zod/mini';
import { listOf } from './list-of';
import { openEnum } from './open-enum';

/**
 * Data Migration (TiDB Cloud's MigrationService, v1beta1; migration.openapi.yaml in
 * src/contract/openapi), as far as the page reads it: which migrations reach their MySQL source
 * through a private link connection, from which host, in which state.
 * `GET /v1beta1/clusters/{clusterId}/migrations?pageSize=&pageToken=` (pageSize default 10).
 *
 * `connProfile.password` is write-only: the spec requires it of a request; an answer should not
 * carry it, and if one does the schema drops it (it is not declared here), so it never reaches the page.
 */
export const MIGRATION_STATES = ['CREATING', 'RUNNING', 'PAUSED', 'FAILED', 'DELETING'] as const;
export type MigrationState = (typeof MIGRATION_STATES)[number];

export const CONN_TYPES = ['PUBLIC', 'PRIVATE_LINK'] as const;

export const connProfileSchema = z.object({
  connType: openEnum(CONN_TYPES),
  /** "Private link endpoint ID": the connection's ID, or its endpoint's ID (see `usesConnection`). */
  endpointId: z.optional(z.string()),
  host: z.optional(z.string()),
  port: z.optional(z.number()),
  user: z.optional(z.string()),
});
export type ConnProfile = z.infer<typeof connProfileSchema>;

export const migrationSourceSchema = z.object({ connProfile: z.optional(connProfileSchema), sourceType: z.optional(z.string()) });

export const subTaskSchema = z.object({ source: z.optional(migrationSourceSchema) });

export const migrationSchema = z.object({
  migrationId: z.string(),
  displayName: z.optional(z.string()),
  subTasks: z._default(z.array(subTaskSchema), () => []),
  createTime: z.optional(z.string()),
  state: z.optional(openEnum(MIGRATION_STATES)),
});
export type Migration = z.infer<typeof migrationSchema>;

export const listMigrationsResponseSchema = listOf('migrations', migrationSchema);
export type ListMigrationsResponse = z.infer<typeof listMigrationsResponseSchema>;
