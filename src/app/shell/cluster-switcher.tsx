import { PROJECT_LABEL, type Cluster } from '@/contract/clusters';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { useProjectNames } from '@/features/projects/api/list-projects';
import { useI18n, type Translate } from '@/lib/i18n';
import { Link } from '@tanstack/react-router';
import { cloudLabel } from './cloud-label';
import { ClusterSwitcherTrigger } from './cluster-switcher-button';

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

/** The top bar's button and list of clusters, grouped by project (loaded on demand by ClusterSwitcherButton). */
export function ClusterSwitcher({
  clusters,
  current,
  defaultOpen,
}: ClusterSwitcherProps & { defaultOpen?: boolean }) {
  const { t } = useI18n();
  const nameOf = useProjectNames();
  return (
    <DropdownMenu modal={false} defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <ClusterSwitcherTrigger current={current} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" sideOffset={6} className="min-w-64">
        <DropdownMenuLabel className="px-2 py-1 text-xs font-medium text-slate-600">
          {t('cluster.list')}
        </DropdownMenuLabel>
        {byProject(clusters, nameOf, t).map(([projectId, group]) => (
          <DropdownMenuGroup key={projectId} aria-label={group.label}>
            <DropdownMenuLabel
              className="mt-1 border-t border-slate-100 px-2 pt-1.5 pb-0.5 text-xs font-semibold text-slate-800"
              title={projectId ? t('shell.projectId', { id: projectId }) : undefined}
            >
              {group.label}
            </DropdownMenuLabel>
            {group.clusters.map((c) => (
              // A link: hovering or moving to it starts that cluster's reads (the route's loader).
              <DropdownMenuItem key={c.clusterId} asChild className="data-[highlighted]:bg-brand-50">
                <Link to="/clusters/$clusterId/settings/networking" params={{ clusterId: c.clusterId }}>
                  <span className="font-medium text-slate-900">
                    {c.displayName}
                    {c.clusterId === current?.clusterId && (
                      <span className="sr-only"> {t('cluster.current')}</span>
                    )}
                  </span>
                  <span className="text-xs text-slate-600">{cloudLabel(c, t)}</span>
                </Link>
              </DropdownMenuItem>
            ))}
          </DropdownMenuGroup>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
