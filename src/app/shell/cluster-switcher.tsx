import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { Cluster } from '@/features/clusters/api/contract';
import { useI18n, type Translate } from '@/lib/i18n';
import { navigate, networkingPath } from '@/lib/router';

export function cloudLabel(cluster: Cluster, t: Translate): string {
  const p = cluster.region.cloudProvider;
  const cloud = p === 'aws' ? t('cloud.aws') : p === 'alicloud' ? t('cloud.alicloud') : p;
  return `${cloud} · ${cluster.region.regionId}`;
}

export function ClusterSwitcher({ clusters, current }: { clusters: Cluster[]; current: Cluster | undefined }) {
  const { t } = useI18n();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={t('cluster.switch', { name: current?.displayName ?? t('cluster.none') })}
        className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
      >
        {current?.displayName ?? t('cluster.none')}
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="start" sideOffset={6} className="z-50 min-w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-2 py-1 text-xs font-medium text-slate-600">{t('cluster.list')}</DropdownMenu.Label>
          {clusters.map((c) => (
            <DropdownMenu.Item
              key={c.clusterId}
              onSelect={() => navigate(networkingPath(c.clusterId))}
              className="flex cursor-pointer flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-brand-50"
            >
              <span className="font-medium text-slate-900">
                {c.displayName}
                {c.clusterId === current?.clusterId && <span className="sr-only"> {t('cluster.current')}</span>}
              </span>
              <span className="text-xs text-slate-600">{cloudLabel(c, t)}</span>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
