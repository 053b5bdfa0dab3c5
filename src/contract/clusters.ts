import * as z from 'zod/mini';
import { listOf } from './list-of';
import { openEnum } from './open-enum';

/**
 * Clusters, as TiDB Cloud's serverless API v1beta1 answers them (`GET /v1beta1/clusters`,
 * `GET /v1beta1/clusters/{clusterId}`; cluster.openapi.yaml in src/contract/openapi), trimmed to
 * what this page reads. Unknown fields and enum values are accepted (a newer API adds them).
 */
export const CLOUD_PROVIDERS = ['aws', 'gcp', 'azure', 'alicloud'] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

export const regionSchema = z.object({
  /** `regions/{regionId}`, e.g. `regions/aws-us-east-1`. */
  name: z.optional(z.string()),
  /** `{cloudProvider}-{region code}`, e.g. `aws-us-east-1`, `alicloud-ap-southeast-1`. */
  regionId: z.string(),
  cloudProvider: openEnum(CLOUD_PROVIDERS),
  /** e.g. `N. Virginia (us-east-1)`. */
  displayName: z.optional(z.string()),
});
export type Region = z.infer<typeof regionSchema>;

export const clusterSchema = z.object({
  clusterId: z.string(),
  displayName: z.string(),
  /** `clusters/{clusterId}`. */
  name: z.optional(z.string()),
  region: regionSchema,
  state: z.optional(z.string()),
  /** `tidb.cloud/organization` and `tidb.cloud/project`: the IDs of its organization and project. */
  labels: z.optional(z.record(z.string(), z.string())),
  createTime: z.optional(z.string()),
});
export type Cluster = z.infer<typeof clusterSchema>;

export const listClustersResponseSchema = listOf('clusters', clusterSchema);
export type ListClustersResponse = z.infer<typeof listClustersResponseSchema>;

export const ORGANIZATION_LABEL = 'tidb.cloud/organization';
export const PROJECT_LABEL = 'tidb.cloud/project';

/**
 * The cloud's own region code (`us-east-1`, `ap-southeast-1`) of a cluster's region: the API's
 * `regionId` is `{cloudProvider}-{code}` (`aws-us-east-1`). Tolerates a bare code (an older shape)
 * and falls back to `name` (`regions/aws-us-east-1`) when `regionId` is empty.
 */
export function cloudRegionCode(region: Region): string {
  const id = region.regionId || (region.name ?? '').replace(/^regions\//, '');
  const prefix = [region.cloudProvider, ...CLOUD_PROVIDERS].find((p) => p && id.startsWith(`${p}-`));
  return prefix ? id.slice(prefix.length + 1) : id;
}
