import { createLazyRoute, useLocation, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { useCluster } from '@/features/clusters/api/clusters';
import { cloudRegionCode, type Cluster } from '@/contract/clusters';
import { PrivateLinkPanel } from '@/features/private-link/panel/private-link-panel';
import { WithEnglish } from '@/components/ui/with-english';
import { useI18n } from '@/lib/i18n';
import { ChangefeedUsageProvider } from './changefeed-usage';
import { parseSearch, stringifySearch, validateNetworkingSearch } from './search';
import { LoadError } from './load-error';
import { cloudLabel } from './shell/cloud-label';

/** The route's lazily loaded half: a fresh page for each cluster (its reads started in the route's loader, app/router.tsx). */
export const Route = createLazyRoute('/clusters/$clusterId/settings/networking')({
  component: NetworkingRoute,
});

function NetworkingRoute() {
  const { clusterId } = useParams({ from: '/clusters/$clusterId/settings/networking' });
  // An unusable value in the address (app/search.ts) is dropped from it, so that the page and the address agree.
  const searchStr = useLocation({ select: (l) => l.searchStr });
  const navigate = useNavigate();
  const checked = validateNetworkingSearch(parseSearch(searchStr));
  const clean = stringifySearch(checked) === searchStr;
  useEffect(() => {
    if (!clean) void navigate({ to: '.', search: checked, replace: true, resetScroll: false } as never);
  }, [clean, checked, navigate]);
  // The page reads the address only once it is clean: a dropped value is never sent.
  return clean ? <NetworkingPage key={clusterId} clusterId={clusterId} /> : null;
}

export function NetworkingPage({ clusterId }: { clusterId: string }) {
  const { t } = useI18n();
  const cluster = useCluster(clusterId);
  useEffect(() => {
    if (cluster.data) document.title = t('app.documentTitle', { cluster: cluster.data.displayName });
  }, [cluster.data, t]);

  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <div>
        <p className="text-sm text-slate-600">
          <WithEnglish k="app.settings" />
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">
          <WithEnglish k="app.networking" className="text-lg font-normal text-slate-600" />
        </h1>
        {cluster.data && (
          <p className="mt-0.5 text-sm break-words text-slate-600">{`${cluster.data.displayName} · ${cloudLabel(cluster.data, t)}`}</p>
        )}
      </div>
      {cluster.isPending ? (
        <Spinner label={t('app.loadingCluster')} />
      ) : cluster.isError ? (
        <LoadError query={cluster} title={t('app.clusterError')} clusterId={clusterId} />
      ) : (
        <ChangefeedUsageProvider clusterId={cluster.data.clusterId}>
          <PrivateLinkPanel cluster={panelCluster(cluster.data)} />
        </ChangefeedUsageProvider>
      )}
    </div>
  );
}

/** The panel compares regions in the cloud's own code (`us-east-1`), not the API's `aws-us-east-1`. */
const panelCluster = (c: Cluster) => ({
  clusterId: c.clusterId,
  regionId: cloudRegionCode(c.region),
  cloudProvider: c.region.cloudProvider,
});
