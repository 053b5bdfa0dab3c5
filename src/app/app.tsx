import { Navigate, Outlet, useLocation, useParams, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorBoundary, isChunkLoadError } from '@/components/ui/error-boundary';
import { lazyPart } from '@/components/ui/lazy-part';
import { Spinner } from '@/components/ui/spinner';
import { useClusters } from '@/features/clusters/api/clusters';
import { MOCK_API } from '@/lib/config';
import { useI18n } from '@/lib/i18n';
import { MockPanelToggle } from '@/features/mock-panel/mock-panel-toggle';
import { AppShell } from './shell/app-shell';
import { StatusBanner } from './status-banner';
import { LoadError } from './load-error';

// Developer tools, only where the mock is on (a build without the mock does not contain them): its
// button at once, usable once the page's reads are done and the panel's code is there.
const [LazyMockPanel] = lazyPart(() => import('@/features/mock-panel/mock-panel').then((m) => m.MockPanel));

/** Every page: the console's shell, the connection's status, and the route's page. */
export function RootLayout() {
  const clusters = useClusters();
  const { clusterId } = useParams({ strict: false });
  const pathname = useLocation({ select: (l) => l.pathname });
  const list = clusters.data?.clusters ?? [];
  const current = list.find((c) => c.clusterId === clusterId);
  return (
    <AppShell clusters={list} current={current} tools={MOCK_API ? <LazyMockPanel clusterId={clusterId} standIn={(button) => <MockPanelToggle {...button} />} /> : undefined}>
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

/**
 * The page's own code did not arrive (offline, a replaced deployment): said in its place, with Try
 * again (the route loads afresh), which also runs by itself once the browser is back online, and
 * Reload (a browser may keep a failed module as failed). Any other error goes on to the boundary above.
 */
export function PageLoadError({ error }: ErrorComponentProps) {
  const { t } = useI18n();
  const router = useRouter();
  useEffect(() => {
    const retry = () => void router.invalidate();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [router]);
  if (!isChunkLoadError(error)) throw error;
  return (
    <div className="space-y-3">
      <Alert tone="error" title={t('boundary.title')}>
        {t('boundary.chunk')}
      </Alert>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" onClick={() => void router.invalidate()}>
          {t('boundary.retry')}
        </Button>
        <Button onClick={() => window.location.reload()}>{t('lazy.reload')}</Button>
      </div>
    </div>
  );
}
