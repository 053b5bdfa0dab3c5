import type { ReactNode } from 'react';
import type { Cluster } from '@/features/clusters/api/contract';
import { Link, networkingPath } from '@/lib/router';
import { ClusterSwitcher } from './cluster-switcher';

export function AppShell({ clusters, current, children }: { clusters: Cluster[]; current?: Cluster; children: ReactNode }) {
  const org = current?.labels?.['tidb.cloud/organization'] ?? 'Organization';
  const project = current?.labels?.['tidb.cloud/project'] ?? 'Project';
  return (
    <div className="flex min-h-full flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="flex h-12 items-center gap-2 bg-slate-900 px-4 text-sm text-slate-300">
        <span className="mr-3 font-semibold text-white">TiDB Cloud</span>
        <nav aria-label="Organization, project and cluster" className="flex items-center gap-1">
          <span>{org}</span>
          <span aria-hidden="true">/</span>
          <span>{project}</span>
          <span aria-hidden="true">/</span>
          <ClusterSwitcher clusters={clusters} current={current} />
        </nav>
      </header>
      <div className="flex flex-1">
        <nav aria-label="Cluster" className="w-52 shrink-0 border-r border-slate-200 bg-white px-3 py-4 text-sm">
          <p className="px-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">Settings</p>
          <ul className="mt-1">
            <li>
              {current && (
                <Link
                  href={networkingPath(current.clusterId)}
                  aria-current="page"
                  className="block rounded-md bg-brand-50 px-2 py-1.5 font-medium text-brand-700"
                >
                  Networking
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
