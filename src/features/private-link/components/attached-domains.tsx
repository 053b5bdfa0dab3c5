import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Spinner } from '@/components/ui/spinner';
import { describeError } from '@/lib/api-error';
import { useConnection } from '../api/get-connection';
import { DOMAIN_TYPE_LABEL, labelOf } from '../labels';
import { DomainList } from './domain-list';

/** A connection's attached domain groups, fetched with Get when the row is expanded. */
export function AttachedDomains({ clusterId, connectionId }: { clusterId: string; connectionId: string }) {
  const detail = useConnection(clusterId, connectionId);
  if (detail.isPending) return <Spinner label="Loading attached domains…" />;
  if (detail.isError)
    return (
      <Alert tone="error" action={<Button size="sm" onClick={() => void detail.refetch()}>Retry</Button>}>
        {describeError(detail.error, 'Could not load the attached domains.')}
      </Alert>
    );
  const groups = detail.data.attachedDomains ?? [];
  if (groups.length === 0) return <p className="text-sm text-slate-600">No domains are attached to this connection.</p>;
  return (
    <ul className="space-y-3" aria-label="Attached domains">
      {groups.map((g, i) => (
        <li key={g.attachDomainId ?? i} className="text-sm">
          <p className="text-slate-700">
            <span className="font-medium text-slate-900">{labelOf(DOMAIN_TYPE_LABEL, g.type)}</span>
            {g.uniqueName && (
              <>
                {' · unique name '}
                <span className="font-mono">{g.uniqueName}</span>
                <CopyButton value={g.uniqueName} label={`unique name ${g.uniqueName}`} />
              </>
            )}
          </p>
          <div className="mt-1">
            <DomainList domains={g.domains ?? []} />
          </div>
        </li>
      ))}
    </ul>
  );
}
