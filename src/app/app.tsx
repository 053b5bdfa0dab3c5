import { Navigate, Outlet, useLocation, useParams } from '@tanstack/react-router';
import { Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { LoadBoundary, LoadFailedButton } from '@/components/ui/load-boundary';
import { Spinner } from '@/components/ui/spinner';
import { useClusters } from '@/features/clusters/api/clusters';
import { MOCK_API } from '@/lib/config';
import { useI18n } from '@/lib/i18n';
import { lazyWithPreload } from '@/lib/lazy';
import { AppShell } from './shell/app-shell';
import { StatusBanner } from './status-banner';
import { LoadError } from './load-error';

// Developer tools, only where the mock is on (a build without the mock does not contain them).
const MockPanel = lazyWithPreload(() => import('@/features/mock-panel/mock-panel').then((m) => m.MockPanel));

/** The developer panel waits for the page to be idle: it is not part of what a user waits for. */
function IdleMockPanel({ clusterId }: { clusterId?: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setReady(true), 1000);
    return () => clearTimeout(id);
  }, []);
  return ready ? (
    <LoadBoundary
      fallback={(retry) => (
        <LoadFailedButton
          onRetry={retry}
          className="rounded-md px-2 py-1 text-xs text-white underline focus-visible:outline-2 focus-visible:outline-white"
        />
      )}
    >
      <Suspense fallback={null}>
        <MockPanel clusterId={clusterId} />
      </Suspense>
    </LoadBoundary>
  ) : null;
}

/** Every page: the console's shell, the connection's status, and the route's page. */
export function RootLayout() {
  const clusters = useClusters();
  const { clusterId } = useParams({ strict: false });
  const pathname = useLocation({ select: (l) => l.pathname });
  const list = clusters.data?.clusters ?? [];
  const current = list.find((c) => c.clusterId === clusterId);
  return (
    <AppShell clusters={list} current={current} tools={MOCK_API ? <IdleMockPanel clusterId={clusterId} /> : undefined}>
      <div className="space-y-4">
        <StatusBanner />
        {/* Never a blank page: a failure to render shows a way back (a new address starts afresh). */}
        <ErrorBoundary resetKeys={[pathname]}>
          <Outlet />
        </ErrorBoundary>
      </div>
    </AppShell>
  );
}

/** `/`: on to the first cluster, once the clusters are known; meanwhile what their read says. */
export function Home() {
  const { t } = useI18n();
  const clusters = useClusters();
  const first = clusters.data?.clusters[0];
  if (first)
    return (
      <Navigate
        to="/clusters/$clusterId/settings/networking"
        params={{ clusterId: first.clusterId }}
        replace
      />
    );
  if (clusters.isPending) return <Spinner label={t('app.loadingClusters')} />;
  if (clusters.isError)
    return <LoadError query={clusters} title={t('app.clustersError')} />;
  return <p>{t('app.noClusters')}</p>;
}

export function NotFound() {
  const { t } = useI18n();
  const pathname = useLocation({ select: (l) => l.pathname });
  return (
    <div className="space-y-2">
      <h1 className="text-xl font-semibold">{t('app.notFound')}</h1>
      <p className="text-sm text-slate-600">{t('app.notFoundBody', { path: pathname })}</p>
    </div>
  );
}
