import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { Spinner } from '@/components/ui/spinner';
import { useClusters } from '@/features/clusters/api/clusters';
import { MOCK_API } from '@/lib/config';
import { useI18n } from '@/lib/i18n';
import { matchNetworking, navigate, networkingPath, usePathname } from '@/lib/router';
import { NetworkingPage } from './networking-page';
import { AppShell } from './shell/app-shell';
import { StatusBanner } from './status-banner';
import { LoadError } from './load-error';

// Developer tools, only where the mock is on (a build without the mock does not contain them).
const MockPanel = lazy(() => import('@/app/dev/mock-panel').then((m) => ({ default: m.MockPanel })));

/** The developer panel waits for the page to be idle: it is not part of what a user waits for. */
function IdleMockPanel() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setReady(true), 1000);
    return () => clearTimeout(id);
  }, []);
  return ready ? (
    <Suspense fallback={null}>
      <MockPanel />
    </Suspense>
  ) : null;
}

export function App() {
  const { t } = useI18n();
  const pathname = usePathname();
  const clusters = useClusters();
  const clusterId = matchNetworking(pathname);
  const first = clusters.data?.clusters[0];

  useEffect(() => {
    if (pathname === '/' && first) navigate(networkingPath(first.clusterId), { replace: true });
  }, [pathname, first]);

  const list = clusters.data?.clusters ?? [];
  const current = list.find((c) => c.clusterId === clusterId);

  let content;
  if (clusterId) content = <NetworkingPage key={clusterId} clusterId={clusterId} />;
  else if (clusters.isPending) content = <Spinner label={t('app.loadingClusters')} />;
  else if (clusters.isError)
    content = <LoadError query={clusters} title={t('app.clustersError')} />;
  else if (pathname === '/' && list.length === 0) content = <p>{t('app.noClusters')}</p>;
  else if (pathname !== '/')
    content = (
      <div className="space-y-2">
        <h1 className="text-xl font-semibold">{t('app.notFound')}</h1>
        <p className="text-sm text-slate-600">{t('app.notFoundBody', { path: pathname })}</p>
      </div>
    );

  return (
    <AppShell clusters={list} current={current} tools={MOCK_API ? <IdleMockPanel /> : undefined}>
      <div className="space-y-4">
        <StatusBanner />
        {/* Never a blank page: a failure to render shows a way back (a new address starts afresh). */}
        <ErrorBoundary resetKeys={[pathname]}>{content}</ErrorBoundary>
      </div>
    </AppShell>
  );
}
