import { cloudRegionCode, type Cluster } from '@/contract/clusters';
import type { Translate } from '@/lib/i18n';
import { cloudName } from '@/features/private-link/providers';

export function cloudLabel(cluster: Cluster, t: Translate): string {
  return `${cloudName(t, cluster.region.cloudProvider)} · ${cloudRegionCode(cluster.region)}`;
}

export const switcherTriggerClass =
  'inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white';
