import * as z from 'zod/mini';
import { listOf } from './list-of';
import { openEnum } from './open-enum';

/**
 * TiDB Cloud serverless private link connection API (v1beta1): the one description of its
 * resources, used by the client (to parse answers), the mock (to check requests and build
 * answers) and the tests.
 */

export const CONNECTION_TYPES = ['AWS_ENDPOINT_SERVICE', 'ALICLOUD_ENDPOINT_SERVICE'] as const;
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

export const CONNECTION_STATES = ['CREATING', 'ACTIVE', 'FAILED', 'PENDING_ACCEPTANCE', 'DELETING'] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];

export const DOMAIN_TYPES = ['TIDBCLOUD_MANAGED', 'CONFLUENT'] as const;
export type DomainType = (typeof DOMAIN_TYPES)[number];

export const awsEndpointServiceSchema = z.object({
  name: z.string(),
  /** Defaults to the cluster's region. */
  region: z.optional(z.string()),
  endpointId: z.optional(z.string()),
  availabilityZoneIds: z.optional(z.array(z.string())),
});

export const alicloudEndpointServiceSchema = z.object({
  name: z.string(),
  endpointId: z.optional(z.string()),
  availabilityZoneIds: z.optional(z.array(z.string())),
});

export const domainSchema = z.object({
  name: z.string(),
  state: z.optional(z.string()),
  message: z.optional(z.string()),
});
export type Domain = z.infer<typeof domainSchema>;

export const attachDomainSchema = z.object({
  attachDomainId: z.optional(z.string()),
  clusterId: z.optional(z.string()),
  privateLinkConnectionId: z.optional(z.string()),
  type: openEnum(DOMAIN_TYPES),
  uniqueName: z.optional(z.string()),
  domains: z.optional(z.array(domainSchema)),
  createdBy: z.optional(z.string()),
  createTime: z.optional(z.string()),
});
export type AttachDomain = z.infer<typeof attachDomainSchema>;

export const privateLinkConnectionSchema = z.object({
  /** Read-only, `plc-…`. */
  privateLinkConnectionId: z.optional(z.string()),
  clusterId: z.string(),
  displayName: z.string(),
  type: openEnum(CONNECTION_TYPES),
  awsEndpointService: z.optional(awsEndpointServiceSchema),
  alicloudEndpointService: z.optional(alicloudEndpointServiceSchema),
  state: z.optional(openEnum(CONNECTION_STATES)),
  /** Why it failed. */
  message: z.optional(z.string()),
  createdBy: z.optional(z.string()),
  createTime: z.optional(z.string()),
  updateTime: z.optional(z.nullable(z.string())),
  /** Returned by Get only, not by List. */
  attachedDomains: z.optional(z.array(attachDomainSchema)),
});
export type PrivateLinkConnection = z.infer<typeof privateLinkConnectionSchema>;

export const listConnectionsResponseSchema = listOf('privateLinkConnections', privateLinkConnectionSchema);
export type ListConnectionsResponse = z.infer<typeof listConnectionsResponseSchema>;

export const availabilityZonesResponseSchema = z.object({
  accountId: z.string(),
  azIds: z._default(z.array(z.string()), []),
});
export type AvailabilityZonesResponse = z.infer<typeof availabilityZonesResponseSchema>;

/** Request bodies: what the client sends and the mock parses. */
export const createConnectionRequestSchema = z.object({
  /** The spec's `PrivateLinkConnection` requires `clusterId` here too (the official CLI sends it). */
  privateLinkConnection: z.object({
    clusterId: z.string(),
    displayName: z.string(),
    type: z.string(),
    awsEndpointService: z.optional(z.object({ name: z.string(), region: z.optional(z.string()) })),
    alicloudEndpointService: z.optional(z.object({ name: z.string() })),
  }),
});
export type CreateConnectionRequest = z.infer<typeof createConnectionRequestSchema>;

export const attachDomainsRequestSchema = z.object({
  attachDomain: z.object({ type: z.string(), uniqueName: z.optional(z.string()) }),
  validateOnly: z.optional(z.boolean()),
});
export type AttachDomainsRequest = z.infer<typeof attachDomainsRequestSchema>;

export const detachDomainsRequestSchema = z.object({ attachDomainId: z.string() });
export type DetachDomainsRequest = z.infer<typeof detachDomainsRequestSchema>;
