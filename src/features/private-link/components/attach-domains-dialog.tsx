import { useIsMutating } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { Spinner } from '@/components/ui/spinner';
import { describeError, isApiError } from '@/lib/api-error';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useAttachDomains, useManagedDomainsPreview } from '../api/attach-domains';
import type { AttachDomain, DomainType, PrivateLinkConnection } from '../api/contract';
import { privateLinkMutationKeys } from '../api/keys';
import { confluentUniqueNameProblem } from '../api/rules';
import { ActionError } from './action-error';
import { DomainList } from './domain-list';

/** Domain types per connection type, as the product docs' table has them. */
export const DOMAIN_OPTIONS: Record<string, { type: DomainType; label: string; suffix: string }[]> = {
  AWS_ENDPOINT_SERVICE: [
    { type: 'TIDBCLOUD_MANAGED', label: 'TiDB Cloud Managed', suffix: 'aws.tidbcloud.com' },
    { type: 'CONFLUENT', label: 'Confluent Cloud', suffix: 'aws.confluent.cloud' },
  ],
  ALICLOUD_ENDPOINT_SERVICE: [{ type: 'TIDBCLOUD_MANAGED', label: 'TiDB Cloud Managed', suffix: 'alicloud.tidbcloud.com' }],
};

export interface AttachDomainsDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  clusterId: string;
  regionId: string;
  connection: PrivateLinkConnection;
  onAttached?: (attached: AttachDomain) => void;
  returnFocusTo?: HTMLElement | null;
}

export function AttachDomainsDialog(props: AttachDomainsDialogProps) {
  const busy = useIsMutating({ mutationKey: privateLinkMutationKeys.attach }) > 0;
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title="Attach Domains"
      description={
        <>
          Traffic from TiDB Cloud dataflow services to these domains goes through{' '}
          <span className="font-medium text-slate-800">{props.connection.displayName}</span>.
        </>
      }
      busy={busy}
      returnFocusTo={props.returnFocusTo}
      wide
    >
      {props.open && <AttachDomainsForm {...props} />}
    </Dialog>
  );
}

function AttachDomainsForm({
  onOpenChange,
  clusterId,
  regionId,
  connection,
  onAttached,
}: AttachDomainsDialogProps) {
  const connectionId = connection.privateLinkConnectionId ?? '';
  const options = DOMAIN_OPTIONS[connection.type] ?? [];
  const [type, setType] = useState<DomainType>(options[0]?.type ?? 'TIDBCLOUD_MANAGED');
  const [confluentName, setConfluentName] = useState('');
  const [confluentError, setConfluentError] = useState<string>();
  const preview = useManagedDomainsPreview(clusterId, connectionId, type === 'TIDBCLOUD_MANAGED');
  const attach = useAttachDomains({
    onSuccess: (attached) => {
      onOpenChange(false);
      onAttached?.(attached);
    },
  });
  const once = useSingleFlight();
  const busy = attach.isPending;

  const submit = () => {
    let uniqueName: string;
    if (type === 'TIDBCLOUD_MANAGED') {
      if (!preview.data?.uniqueName) return;
      uniqueName = preview.data.uniqueName;
    } else {
      uniqueName = confluentName.trim();
      const problem = confluentUniqueNameProblem(uniqueName, regionId);
      setConfluentError(problem);
      if (problem) return;
    }
    void once(async () => {
      try {
        await attach.mutateAsync({ clusterId, connectionId, type, uniqueName });
      } catch (error) {
        const violation = isApiError(error) ? error.fieldViolations.find((v) => v.field === 'attachDomain.uniqueName') : undefined;
        if (violation && type === 'CONFLUENT') setConfluentError(violation.description);
        throw error;
      }
    });
  };

  const canSubmit = !busy && (type === 'CONFLUENT' || !!preview.data?.uniqueName);
  return (
    <form
      noValidate
      aria-busy={busy}
      className="flex min-h-0 flex-1 flex-col"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <DialogBody>
        {attach.isError && <ActionError title="The domains were not attached." error={attach.error} />}
        <fieldset className="space-y-2" disabled={busy}>
          <legend className="text-sm font-medium text-slate-800">Domain Type</legend>
          {options.map((o) => (
            <label key={o.type} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="domainType"
                value={o.type}
                checked={type === o.type}
                onChange={() => {
                  setType(o.type);
                  attach.reset();
                }}
                className="accent-brand-600"
              />
              <span>
                {o.label} <span className="text-slate-600">({o.suffix})</span>
              </span>
            </label>
          ))}
        </fieldset>

        {type === 'TIDBCLOUD_MANAGED' ? (
          <section aria-labelledby="preview-title" aria-busy={preview.isFetching} className="rounded-md border border-slate-200 bg-slate-50 p-3">
            <h3 id="preview-title" className="text-sm font-medium text-slate-900">
              Domains TiDB Cloud will generate
            </h3>
            <div className="mt-2 text-sm">
              {preview.isPending ? (
                <Spinner label="Generating a preview of the domains…" />
              ) : preview.isError ? (
                <Alert
                  tone="error"
                  action={
                    <Button size="sm" onClick={() => void preview.refetch()} disabled={preview.isFetching}>
                      Retry
                    </Button>
                  }
                >
                  {describeError(preview.error, 'Could not generate the domains.')}
                </Alert>
              ) : (
                <div className="space-y-2">
                  <p className="flex flex-wrap items-center gap-1 text-slate-700">
                    Unique name: <span className="font-mono text-slate-900">{preview.data.uniqueName}</span>
                    {preview.data.uniqueName && <CopyButton value={preview.data.uniqueName} label="unique name" />}
                  </p>
                  <DomainList domains={preview.data.domains ?? []} label="Domains to attach" />
                </div>
              )}
            </div>
          </section>
        ) : (
          <Field
            label="Unique Name"
            hint={`The unique name of your Confluent Cloud Dedicated cluster's network, as Confluent Cloud shows it: <network-id>.<region>, for example domnprzqrog.${regionId}.`}
            error={confluentError}
          >
            <input
              className={`${inputClass} font-mono`}
              value={confluentName}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              readOnly={busy}
              placeholder={`domnprzqrog.${regionId}`}
              onChange={(e) => {
                setConfluentName(e.target.value);
                if (confluentError) setConfluentError(confluentUniqueNameProblem(e.target.value.trim(), regionId));
              }}
              onBlur={() => confluentName && setConfluentError(confluentUniqueNameProblem(confluentName.trim(), regionId))}
            />
          </Field>
        )}
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => onOpenChange(false)} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={!canSubmit}>
          {busy ? 'Attaching…' : 'Attach Domains'}
        </Button>
      </DialogFooter>
    </form>
  );
}
