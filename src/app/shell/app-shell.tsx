import { useEffect, type ReactNode } from 'react';
import type { Cluster } from '@/contract/clusters';
import { useI18n } from '@/lib/i18n';
import { Link, networkingPath } from '@/lib/router';
import { ClusterSwitcherButton, preloadClusterSwitcher } from './cluster-switcher-deferred';
import { LanguageSwitcher } from './language-switcher';

export function AppShell({ clusters, current, children }: { clusters: Cluster[]; current?: Cluster; children: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    const id = setTimeout(() => void preloadClusterSwitcher().catch(() => undefined), 2000);
    return () => clearTimeout(id);
  }, []);
  const org = current?.labels?.['tidb.cloud/organization'] ?? t('app.organization');
  const project = current?.labels?.['tidb.cloud/project'] ?? t('app.project');
  return (
    <div className="flex min-h-full flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('app.skipToContent')}
      </a>
      <header className="flex h-12 items-center gap-2 bg-slate-900 px-4 text-sm text-slate-300">
        <span className="mr-3 font-semibold text-white">{t('app.product')}</span>
        <nav aria-label={t('app.breadcrumbs')} className="flex items-center gap-1">
          <span>{org}</span>
          <span aria-hidden="true">/</span>
          <span>{project}</span>
          <span aria-hidden="true">/</span>
          <ClusterSwitcherButton clusters={clusters} current={current} />
        </nav>
        <div className="ml-auto">
          <LanguageSwitcher />
        </div>
      </header>
      <div className="flex flex-1">
        <nav aria-label={t('app.clusterNav')} className="w-52 shrink-0 border-r border-slate-200 bg-white px-3 py-4 text-sm">
          <p className="px-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">{t('app.settings')}</p>
          <ul className="mt-1">
            <li>
              {current && (
                <Link
                  href={networkingPath(current.clusterId)}
                  aria-current="page"
                  className="block rounded-md bg-brand-50 px-2 py-1.5 font-medium text-brand-700"
                >
                  {t('app.networking')}
                </Link>
              )}
            </li>
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1 px-6 py-5">
          {children}
        </main>
      </div>
    </div>
  );
}
