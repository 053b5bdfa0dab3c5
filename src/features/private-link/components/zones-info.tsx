import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Spinner } from '@/components/ui/spinner';
import { describeError } from '@/lib/api-error';
import type { ConnectionType } from '../api/contract';
import { useAvailabilityZones } from '../api/get-availability-zones';

const PROVIDER = {
  AWS_ENDPOINT_SERVICE: { cloud: 'AWS', allowList: 'Allow principals' },
  ALICLOUD_ENDPOINT_SERVICE: { cloud: 'Alibaba Cloud', allowList: 'Service Whitelist' },
} as const;

/** The bottom of the Create dialog: prerequisites, TiDB Cloud's account ID and the cluster's zones. */
export function ZonesInfo({ clusterId, type, regionId }: { clusterId: string; type: ConnectionType; regionId: string }) {
  const zones = useAvailabilityZones(clusterId);
  const p = PROVIDER[type];
  return (
    <section aria-labelledby="prereq-title" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <h3 id="prereq-title" className="font-medium text-slate-900">
        Before you create it, make sure your {p.cloud} endpoint service:
      </h3>
      <ul className="mt-1.5 list-disc space-y-0.5 pl-5 text-slate-700">
        <li>is in the same region as your TiDB Cloud cluster ({regionId});</li>
        <li>
          has the TiDB Cloud account ID below in its <strong>{p.allowList}</strong> list;
        </li>
        <li>has availability zones that overlap with the cluster&apos;s, listed below.</li>
      </ul>
      <div className="mt-3">
        {zones.isPending ? (
          <Spinner label="Loading account ID and availability zones…" />
        ) : zones.isError ? (
          <Alert
            tone="error"
            action={
              <Button size="sm" onClick={() => void zones.refetch()}>
                Retry
              </Button>
            }
          >
            {describeError(zones.error, 'Could not load the TiDB Cloud account ID and availability zones.')}
          </Alert>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5">
            <dt className="text-slate-600">TiDB Cloud account ID</dt>
            <dd className="flex items-center gap-1">
              <span className="font-mono">{zones.data.accountId}</span>
              <CopyButton value={zones.data.accountId} label="TiDB Cloud account ID" />
            </dd>
            <dt className="text-slate-600">Availability zones</dt>
            <dd className="flex items-center gap-1">
              <span className="font-mono">{zones.data.azIds.join(', ')}</span>
              <CopyButton value={zones.data.azIds.join(',')} label="availability zones" />
            </dd>
          </dl>
        )}
      </div>
    </section>
  );
}
