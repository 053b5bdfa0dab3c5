import type { UseQueryResult } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useClusters } from '@/features/clusters/api/clusters';
import { describeError, isApiError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { Link } from '@tanstack/react-router';

/**
 * A page's read failed. A 401 is said once, by the status banner (how to fix the key): nothing red
 * here. A cluster that is not found (a made-up or deleted ID) offers the cluster list, not a Retry
 * that cannot help. Anything else: why, with Retry.
 */
export function LoadError({ query, title, clusterId }: { query: Pick<UseQueryResult<unknown>, 'error' | 'refetch'>; title: string; clusterId?: string }) {
  const { t } = useI18n();
  if (isApiError(query.error) && query.error.status === 401) return <p className="text-sm text-slate-600">{t('app.keyBlocked')}</p>;
  if (clusterId !== undefined && isApiError(query.error) && query.error.status === 404) return <ClusterNotFound clusterId={clusterId} />;
  return (
    <Alert tone="error" title={title} action={<Button size="sm" onClick={() => void query.refetch()}>{t('common.retry')}</Button>}>
      {describeError(query.error, '', t)}
    </Alert>
  );
}

function ClusterNotFound({ clusterId }: { clusterId: string }) {
  const { t } = useI18n();
  const clusters = useClusters().data?.clusters ?? [];
  return (
    <Alert tone="warning" title={t('app.clusterNotFound', { id: clusterId })}>
      {clusters.length > 0 && (
        <>
          <p>{t('app.chooseCluster')}</p>
          <ul className="mt-1 list-disc pl-5">
            {clusters.map((c) => (
              <li key={c.clusterId}>
                <Link to="/clusters/$clusterId/settings/networking" params={{ clusterId: c.clusterId }} className="text-brand-700 underline">
                  {c.displayName}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
