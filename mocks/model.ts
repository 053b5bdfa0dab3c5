import * as z from 'zod/mini';
import { changefeedSchema, type Changefeed } from '@/contract/changefeeds';
import { clusterSchema, type Cluster } from '@/contract/clusters';
import { migrationSchema } from '@/contract/migrations';
import { attachDomainSchema, privateLinkConnectionSchema, type AttachDomain, type PrivateLinkConnection } from '@/contract/private-link';
import { projectSchema, type Project } from '@/contract/projects';
import { seedAttachDomains, seedChangefeeds, seedClusters, seedConnections, seedMigrations, seedProjects, type StoredMigration } from './seed';

/** Hidden lifecycle of a connection created through the mock (seeded ones have none: they keep their state). */
export interface Timeline {
  createdAtMs: number;
  /** Set when the endpoint service is not where the connection looks for it: it ends FAILED with it. */
  failMessage?: string;
  deletingSinceMs?: number;
}

/** Everything the mocked server stores: its resources, in the contract's shapes. */
export interface MockData {
  clusters: Cluster[];
  connections: PrivateLinkConnection[];
  attachDomains: AttachDomain[];
  changefeeds: Changefeed[];
  migrations: StoredMigration[];
  /** The organization's projects (the account API). */
  projects: Project[];
  timelines: Record<string, Timeline>;
}

/** Stored data is checked against this before use (data of an older or broken shape is dropped). */
export const mockDataSchema = z.object({
  clusters: z.array(clusterSchema),
  connections: z.array(privateLinkConnectionSchema),
  attachDomains: z.array(attachDomainSchema),
  changefeeds: z.array(changefeedSchema),
  migrations: z.array(z.object({ clusterId: z.string(), migration: migrationSchema })),
  projects: z.array(projectSchema),
  timelines: z.record(
    z.string(),
    z.object({ createdAtMs: z.number(), failMessage: z.optional(z.string()), deletingSinceMs: z.optional(z.number()) }),
  ),
});

export function seedData(): MockData {
  return structuredClone({
    clusters: seedClusters,
    connections: seedConnections,
    attachDomains: seedAttachDomains,
    changefeeds: seedChangefeeds,
    migrations: seedMigrations,
    projects: seedProjects,
    timelines: {},
  });
}
