import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useCluster } from '@/features/clusters/api/clusters';
import type { Cluster } from '@/features/clusters/api/contract';
import { PrivateLinkPanel } from '@/features/private-link/components/private-link-panel';
import { describeError } from '@/lib/api-error';
import { cloudLabel } from './shell/cluster-switcher';

export function NetworkingPage({ clusterId }: { clusterId: string }) {
  const cluster = useCluster(clusterId);
  useEffect(() => {
    if (cluster.data) document.title = `Networking · ${cluster.data.displayName} · TiDB Cloud`;
  }, [cluster.data]);

  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <div>
        <p className="text-sm text-slate-600">Settings</p>
        <h1 className="text-2xl font-semibold text-slate-900">Networking</h1>
        {cluster.data && <p className="mt-0.5 text-sm text-slate-600">{`${cluster.data.displayName} · ${cloudLabel(cluster.data)}`}</p>}
      </div>
      {cluster.isPending ? (
        <Spinner label="Loading cluster…" />
      ) : cluster.isError ? (
        <Alert tone="error" title="Could not load the cluster." action={<Button size="sm" onClick={() => void cluster.refetch()}>Retry</Button>}>
          {describeError(cluster.error, '')}
        </Alert>
      ) : (
        <PrivateLinkPanel cluster={panelCluster(cluster.data)} />
      )}
    </div>
  );
}

const panelCluster = (c: Cluster) => ({ clusterId: c.clusterId, regionId: c.region.regionId, cloudProvider: c.region.cloudProvider });
