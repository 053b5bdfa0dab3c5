import type { Cluster } from '@/contract/clusters';
import type { Domain } from '@/contract/private-link';

/**
 * How the mock generates attached domains (documented in mocks/README.md):
 * - AWS, TiDB Cloud Managed: `*.<azId>.<uniqueName>.aws.plc.tidbcloud.com`, one per zone of the cluster;
 * - Alibaba Cloud, TiDB Cloud Managed: `*.<uniqueName>.alicloud.plc.tidbcloud.com`;
 * - Confluent Cloud (AWS only): `*.<uniqueName>.aws.confluent.cloud` plus `*.<azId>.<uniqueName>.aws.confluent.cloud` per zone.
 */
export function generateDomains(type: string, uniqueName: string, cluster: Cluster, azIds: string[]): Domain[] {
  const names =
    type === 'CONFLUENT'
      ? [`*.${uniqueName}.aws.confluent.cloud`, ...azIds.map((az) => `*.${az}.${uniqueName}.aws.confluent.cloud`)]
      : cluster.region.cloudProvider === 'alicloud'
        ? [`*.${uniqueName}.alicloud.plc.tidbcloud.com`]
        : azIds.map((az) => `*.${az}.${uniqueName}.aws.plc.tidbcloud.com`);
  return names.map((name) => ({ name, state: 'ACTIVE' }));
}
