import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { Cluster } from '@/contract/clusters';
import type { MenuSurfaceProps } from '@/components/ui/menu-button';
import { MenuSurface } from '@/components/ui/menu-surface';
import { useI18n } from '@/lib/i18n';
import { Link } from '@tanstack/react-router';
import { cloudLabel } from './cloud-label';

export interface ClusterSwitcherProps {
  clusters: Cluster[];
  current: Cluster | undefined;
}

/** The top bar's list of clusters (loaded on demand by ClusterSwitcherButton). */
export function ClusterSwitcher({ clusters, current, ...surface }: ClusterSwitcherProps & MenuSurfaceProps) {
  const { t } = useI18n();
  return (
    <MenuSurface
      {...surface}
      align="start"
      sideOffset={6}
      className="z-50 min-w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
    >
      <DropdownMenu.Label className="px-2 py-1 text-xs font-medium text-slate-600">
        {t('cluster.list')}
      </DropdownMenu.Label>
      {clusters.map((c) => (
        // A link: hovering or moving to it starts that cluster's reads (the route's loader).
        <DropdownMenu.Item
          key={c.clusterId}
          asChild
          className="flex cursor-pointer flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-brand-50"
        >
          <Link to="/clusters/$clusterId/settings/networking" params={{ clusterId: c.clusterId }}>
            <span className="font-medium text-slate-900">
              {c.displayName}
              {c.clusterId === current?.clusterId && <span className="sr-only"> {t('cluster.current')}</span>}
            </span>
            <span className="text-xs text-slate-600">{cloudLabel(c, t)}</span>
          </Link>
        </DropdownMenu.Item>
      ))}
    </MenuSurface>
  );
}
