import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useClusters } from '@/features/clusters/api/clusters';
import { describeError } from '@/lib/api-error';
import { matchNetworking, navigate, networkingPath, usePathname } from '@/lib/router';
import { NetworkingPage } from './networking-page';
import { AppShell } from './shell/app-shell';

export function App() {
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
  else if (clusters.isPending) content = <Spinner label="Loading clusters…" />;
  else if (clusters.isError)
    content = (
      <Alert tone="error" title="Could not load your clusters." action={<Button size="sm" onClick={() => void clusters.refetch()}>Retry</Button>}>
        {describeError(clusters.error, '')}
      </Alert>
    );
  else if (pathname === '/' && list.length === 0) content = <p>No clusters in this project yet.</p>;
  else if (pathname !== '/')
    content = (
      <div className="space-y-2">
        <h1 className="text-xl font-semibold">Page not found</h1>
        <p className="text-sm text-slate-600">There is nothing at {pathname}.</p>
      </div>
    );

  return (
    <AppShell clusters={list} current={current}>
      {content}
    </AppShell>
  );
}
