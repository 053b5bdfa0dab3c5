import * as z from 'zod/mini';
import { listOf } from './list-of';
import { openEnum } from './open-enum';
import { endpointServiceOf } from './providers';
import type { PrivateLinkConnection } from './private-link';

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

export const migrationSourceSchema = z.object({
  connProfile: z.optional(connProfileSchema),
  sourceType: z.optional(z.string()),
});

export const subTaskSchema = z.object({
  source: z.optional(migrationSourceSchema),
  stage: z.optional(z.string()),
  errorMsg: z.optional(z.nullable(z.string())),
});

export const migrationSchema = z.object({
  migrationId: z.string(),
  displayName: z.optional(z.string()),
  subTasks: z._default(z.array(subTaskSchema), () => []),
  targetUser: z.optional(z.string()),
  createTime: z.optional(z.string()),
  mode: z.optional(z.string()),
  state: z.optional(openEnum(MIGRATION_STATES)),
});
export type Migration = z.infer<typeof migrationSchema>;

export const listMigrationsResponseSchema = listOf('migrations', migrationSchema);
export type ListMigrationsResponse = z.infer<typeof listMigrationsResponseSchema>;

/** The IDs a migration's `endpointId` may name a connection by: its own ID and its endpoint's ID. */
export function connectionEndpointIds(c: Pick<PrivateLinkConnection, 'privateLinkConnectionId'> & Partial<PrivateLinkConnection>): string[] {
  return [c.privateLinkConnectionId, endpointServiceOf(c)?.endpointId].filter((id): id is string => !!id);
}

/**
 * The sources of a migration that connect through a private link connection named by one of `ids`.
 * The CLI's template says "PRIVATE_LINK connections use endpointId. Get endpointId by 'ticloud plc'
 * commands"; the spec only says "Private link endpoint ID": both readings are matched.
 */
export function privateLinkSourcesOf(m: Migration, ids: readonly string[]): ConnProfile[] {
  return m.subTasks
    .map((t) => t.source?.connProfile)
    .filter((p): p is ConnProfile => !!p && p.connType === 'PRIVATE_LINK' && !!p.endpointId && ids.includes(p.endpointId));
}
