import { z } from 'zod';
import { openEnum } from '@/lib/open-enum';

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
  region: z.string().optional(),
  endpointId: z.string().optional(),
  availabilityZoneIds: z.array(z.string()).optional(),
});

export const alicloudEndpointServiceSchema = z.object({
  name: z.string(),
  endpointId: z.string().optional(),
  availabilityZoneIds: z.array(z.string()).optional(),
});

export const domainSchema = z.object({
  name: z.string(),
  state: z.string().optional(),
  message: z.string().optional(),
});
export type Domain = z.infer<typeof domainSchema>;

export const attachDomainSchema = z.object({
  attachDomainId: z.string().optional(),
  clusterId: z.string().optional(),
  privateLinkConnectionId: z.string().optional(),
  type: openEnum(DOMAIN_TYPES),
  uniqueName: z.string().optional(),
  domains: z.array(domainSchema).optional(),
  createdBy: z.string().optional(),
  createTime: z.string().optional(),
});
export type AttachDomain = z.infer<typeof attachDomainSchema>;

export const privateLinkConnectionSchema = z.object({
  /** Read-only, `plc-…`. */
  privateLinkConnectionId: z.string().optional(),
  clusterId: z.string(),
  displayName: z.string(),
  type: openEnum(CONNECTION_TYPES),
  awsEndpointService: awsEndpointServiceSchema.optional(),
  alicloudEndpointService: alicloudEndpointServiceSchema.optional(),
  state: openEnum(CONNECTION_STATES).optional(),
  /** Why it failed. */
  message: z.string().optional(),
  createdBy: z.string().optional(),
  createTime: z.string().optional(),
  updateTime: z.string().nullable().optional(),
  /** Returned by Get only, not by List. */
  attachedDomains: z.array(attachDomainSchema).optional(),
});
export type PrivateLinkConnection = z.infer<typeof privateLinkConnectionSchema>;

export const listConnectionsResponseSchema = z.object({
  privateLinkConnections: z.array(privateLinkConnectionSchema).default([]),
  nextPageToken: z.string().optional(),
  totalSize: z.number().optional(),
});
export type ListConnectionsResponse = z.infer<typeof listConnectionsResponseSchema>;

export const availabilityZonesResponseSchema = z.object({
  accountId: z.string(),
  azIds: z.array(z.string()).default([]),
});
export type AvailabilityZonesResponse = z.infer<typeof availabilityZonesResponseSchema>;

/** Request bodies: what the client sends and the mock parses. */
export const createConnectionRequestSchema = z.object({
  privateLinkConnection: z.object({
    displayName: z.string(),
    type: z.string(),
    awsEndpointService: z.object({ name: z.string(), region: z.string().optional() }).optional(),
    alicloudEndpointService: z.object({ name: z.string() }).optional(),
  }),
});
export type CreateConnectionRequest = z.infer<typeof createConnectionRequestSchema>;

export const attachDomainsRequestSchema = z.object({
  attachDomain: z.object({ type: z.string(), uniqueName: z.string().optional() }),
  validateOnly: z.boolean().optional(),
});
export type AttachDomainsRequest = z.infer<typeof attachDomainsRequestSchema>;

export const detachDomainsRequestSchema = z.object({ attachDomainId: z.string() });
export type DetachDomainsRequest = z.infer<typeof detachDomainsRequestSchema>;

export const TRANSITIONAL_STATES: readonly string[] = ['CREATING', 'PENDING_ACCEPTANCE', 'DELETING'];

export function endpointServiceOf(c: PrivateLinkConnection) {
  return c.awsEndpointService ?? c.alicloudEndpointService;
}
