import type { ReactNode } from 'react';
import { ORGANIZATION_LABEL, PROJECT_LABEL, type Cluster } from '@/contract/clusters';
import { useProjectNames } from '@/features/projects/api/list-projects';
import { useI18n } from '@/lib/i18n';
import { ClusterNav } from './cluster-nav';
import { ClusterSwitcherButton } from './cluster-switcher-button';
import { LanguageSwitcher } from './language-switcher';
import { NavMenu } from './nav-menu';

/**
 * The console around the page: a top bar (organization, project, cluster switcher, language) and
 * the cluster's navigation, a side bar from 1024 px and a menu button below. `tools` sits in the
 * top bar (the developer's Mock API button), where it covers nothing.
 */
export function AppShell({
  clusters,
  current,
  tools,
  children,
}: {
  clusters: Cluster[];
  current?: Cluster;
  tools?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const projectName = useProjectNames();
  // The account API lists no organization name: "Organization", its ID on hover. The project by
  // its name once the projects are in; its ID meanwhile, or when they could not be read.
  const orgId = current?.labels?.[ORGANIZATION_LABEL];
  const projectId = current?.labels?.[PROJECT_LABEL];
  const project = projectName(projectId) ?? projectId ?? t('app.project');
  return (
    <div className="flex min-h-full flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('app.skipToContent')}
      </a>
      {/* One line at every width: on phones the cluster's name and the language are shortened. */}
      <header className="flex min-h-12 items-center gap-x-1 bg-slate-900 px-3 py-1.5 text-sm text-slate-300 sm:gap-x-2 sm:px-4">
        <NavMenu>{(close) => <ClusterNav current={current} onNavigate={close} />}</NavMenu>
        <span className="shrink-0 font-semibold whitespace-nowrap text-white sm:mr-3">
          {t('app.product')}
        </span>
        {/* Every part may shrink, down to the cluster switcher, whose name is cut first. */}
        <nav aria-label={t('app.breadcrumbs')} className="flex min-w-0 items-center gap-1 [&>*]:min-w-0">
          <span className="truncate max-lg:sr-only" title={orgId && t('shell.organizationId', { id: orgId })}>
            {t('app.organization')}
            {orgId && <span className="sr-only"> {t('shell.organizationId', { id: orgId })}</span>}
          </span>
          <span aria-hidden="true" className="max-lg:hidden">
            /
          </span>
          <span
            className="truncate max-lg:sr-only"
            title={projectId && t('shell.projectId', { id: projectId })}
            data-testid="breadcrumb-project"
          >
            {project}
          </span>
          <span aria-hidden="true" className="max-lg:hidden">
            /
          </span>
          <ClusterSwitcherButton clusters={clusters} current={current} />
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-1.5 sm:gap-2">
          {tools}
          <LanguageSwitcher />
        </div>
      </header>
      <div className="flex flex-1">
        <div className="hidden w-52 shrink-0 border-r border-slate-200 bg-white px-3 py-4 lg:block">
          <ClusterNav current={current} />
        </div>
        <main id="main" className="min-w-0 flex-1 px-3 py-4 sm:px-6 sm:py-5">
          {children}
        </main>
      </div>
    </div>
  );
}
