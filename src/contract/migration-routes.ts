import type { ConnProfile, Migration } from './migrations';
import type { PrivateLinkConnection } from './private-link';
import { endpointServiceOf } from './providers';

/*
 * Which connection a migration's source goes through. Apart from the schemas (migrations.ts), so
 * that what the first render needs does not bring the zod schemas with it.
 */

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
