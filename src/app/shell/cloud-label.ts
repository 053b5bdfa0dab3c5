import { cloudRegionCode, type Cluster } from '@/contract/clusters';
import type { Translate } from '@/lib/i18n';

export function cloudLabel(cluster: Cluster, t: Translate): string {
  const p = cluster.region.cloudProvider;
  const cloud = p === 'aws' ? t('cloud.aws') : p === 'alicloud' ? t('cloud.alicloud') : p;
  return `${cloud} · ${cloudRegionCode(cluster.region)}`;
}

export const switcherTriggerClass =
  'inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white';
