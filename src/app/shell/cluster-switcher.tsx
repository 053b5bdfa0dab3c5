import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { PROJECT_LABEL, type Cluster } from '@/contract/clusters';
import type { MenuSurfaceProps } from '@/components/ui/menu-button';
import { MenuSurface } from '@/components/ui/menu-surface';
import { useProjectNames } from '@/features/projects/api/list-projects';
import { useI18n, type Translate } from '@/lib/i18n';
import { Link } from '@tanstack/react-router';
import { cloudLabel } from './cloud-label';

export interface ClusterSwitcherProps {
  clusters: Cluster[];
  current: Cluster | undefined;
}

/** The clusters by project, the groups in the order of their labels: the project's name, or its ID while names are not known. */
function byProject(
  clusters: Cluster[],
  nameOf: (id: string | undefined) => string | undefined,
  t: Translate,
) {
  const groups = new Map<string, { label: string; clusters: Cluster[] }>();
  for (const c of clusters) {
    const id = c.labels?.[PROJECT_LABEL] ?? '';
    const label = id ? (nameOf(id) ?? t('shell.projectFallback', { id })) : t('shell.noProject');
    const group = groups.get(id) ?? { label, clusters: [] };
    group.clusters.push(c);
    groups.set(id, group);
  }
  return [...groups.entries()].sort(
    ([a, x], [b, y]) => Number(!a) - Number(!b) || x.label.localeCompare(y.label),
  );
}

/** The top bar's list of clusters, grouped by project (loaded on demand by ClusterSwitcherButton). */
export function ClusterSwitcher({ clusters, current, ...surface }: ClusterSwitcherProps & MenuSurfaceProps) {
  const { t } = useI18n();
  const nameOf = useProjectNames();
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
      {byProject(clusters, nameOf, t).map(([projectId, group]) => (
        <DropdownMenu.Group key={projectId} aria-label={group.label}>
          <DropdownMenu.Label
            className="mt-1 border-t border-slate-100 px-2 pt-1.5 pb-0.5 text-xs font-semibold text-slate-800"
            title={projectId ? t('shell.projectId', { id: projectId }) : undefined}
          >
            {group.label}
          </DropdownMenu.Label>
          {group.clusters.map((c) => (
            // A link: hovering or moving to it starts that cluster's reads (the route's loader).
            <DropdownMenu.Item
              key={c.clusterId}
              asChild
              className="flex cursor-pointer flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-brand-50"
            >
              <Link to="/clusters/$clusterId/settings/networking" params={{ clusterId: c.clusterId }}>
                <span className="font-medium text-slate-900">
                  {c.displayName}
                  {c.clusterId === current?.clusterId && (
                    <span className="sr-only"> {t('cluster.current')}</span>
                  )}
                </span>
                <span className="text-xs text-slate-600">{cloudLabel(c, t)}</span>
              </Link>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Group>
      ))}
    </MenuSurface>
  );
}
