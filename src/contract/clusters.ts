import * as z from 'zod/mini';
import { openEnum } from './open-enum';

/**
 * Clusters, shaped after TiDB Cloud's serverless API v1beta1 (`GET /v1beta1/clusters`,
 * `GET /v1beta1/clusters/{clusterId}`), trimmed to what this page needs. See mocks/README.md.
 */
export const CLOUD_PROVIDERS = ['aws', 'alicloud'] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

export const regionSchema = z.object({
  /** e.g. `regions/aws-us-east-1` */
  name: z.optional(z.string()),
  /** e.g. `us-east-1`, `ap-southeast-1` */
  regionId: z.string(),
  cloudProvider: openEnum(CLOUD_PROVIDERS),
  displayName: z.optional(z.string()),
});

export const clusterSchema = z.object({
  /** e.g. `clusters/1379661944646413143` */
  name: z.optional(z.string()),
  clusterId: z.string(),
  displayName: z.string(),
  region: regionSchema,
  state: z.optional(z.string()),
  labels: z.optional(z.record(z.string(), z.string())),
  createTime: z.optional(z.string()),
});
export type Cluster = z.infer<typeof clusterSchema>;

export const listClustersResponseSchema = z.object({
  clusters: z._default(z.array(clusterSchema), []),
  nextPageToken: z.optional(z.string()),
  totalSize: z.optional(z.number()),
});
export type ListClustersResponse = z.infer<typeof listClustersResponseSchema>;

export const PROJECT_LABEL = 'tidb.cloud/project';
