import { cloudRegionCode, type Cluster } from '@/contract/clusters';
import type { Translate } from '@/lib/i18n';
import { cloudName } from '@/features/private-link/providers';

export function cloudLabel(cluster: Cluster, t: Translate): string {
  return `${cloudName(t, cluster.region.cloudProvider)} · ${cloudRegionCode(cluster.region)}`;
}
