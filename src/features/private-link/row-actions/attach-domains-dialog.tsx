import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { Spinner } from '@/components/ui/spinner';
import { describeError, isApiError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useAttachDomains, useManagedDomainsPreview } from '../api/attach-domains';
import type { AttachDomain, DomainType } from '@/contract/private-link';
import { privateLinkMutationKeys } from '../api/keys';
import { confluentUniqueNameProblem, type Problem } from '@/contract/rules';
import { providerOf } from '@/contract/providers';
import { domainTypeLabel } from '../labels';
import { ActionError } from '../shared/action-error';
import { RowActionDialog, type RowActionDialogProps } from './row-action-dialog';
import { DomainList } from '../shared/domain-list';
import { CliCommand } from '../commands/cli-command';
import { attachDomainsCommand } from '../commands/ticloud';

/** Domain types per connection type, as the product docs' table has them. */
export interface AttachDomainsDialogProps extends RowActionDialogProps {
  regionId: string;
  onAttached?: (attached: AttachDomain) => void;
}

export function AttachDomainsDialog(props: AttachDomainsDialogProps) {
  return (
    <RowActionDialog
      {...props}
      mutationKey={privateLinkMutationKeys.attach}
      titleKey="attach.title"
      descriptionKey="attach.description"
      wide
    >
      <AttachDomainsForm {...props} />
    </RowActionDialog>
  );
}

function AttachDomainsForm({
  onOpenChange,
  clusterId,
  regionId,
  connection,
  onAttached,
}: AttachDomainsDialogProps) {
  const { t } = useI18n();
  const connectionId = connection.privateLinkConnectionId ?? '';
  const options = providerOf(connection.type)?.domains ?? [];
  const [type, setType] = useState<DomainType>(options[0]?.type ?? 'TIDBCLOUD_MANAGED');
  const [confluentName, setConfluentName] = useState('');
  /** A client check (translated) or the server's own words. */
  const [confluentError, setConfluentError] = useState<Problem | string>();
  const preview = useManagedDomainsPreview(clusterId, connectionId, type === 'TIDBCLOUD_MANAGED');
  const attach = useAttachDomains({
    onSuccess: (attached) => {
      onOpenChange(false);
      onAttached?.(attached);
    },
  });
  const once = useSingleFlight();
  const busy = attach.isPending;
  const check = (value: string) => confluentUniqueNameProblem(value.trim(), regionId);

  const submit = () => {
    let uniqueName: string;
    if (type === 'TIDBCLOUD_MANAGED') {
      if (!preview.data?.uniqueName) return;
      uniqueName = preview.data.uniqueName;
    } else {
      uniqueName = confluentName.trim();
      const problem = check(uniqueName);
      setConfluentError(problem);
      if (problem) return;
    }
    void once(() =>
      attach.mutateAsync({ clusterId, connectionId, type, uniqueName }).catch((error: unknown) => {
        const violation = isApiError(error)
          ? error.fieldViolations.find((v) => v.field === 'attachDomain.uniqueName')
          : undefined;
        if (violation && type === 'CONFLUENT') setConfluentError(violation.description);
        throw error;
      }),
    );
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
        {attach.isError && <ActionError title={t('attach.failed')} error={attach.error} onConnection />}
        <fieldset className="space-y-2" disabled={busy}>
          <legend className="text-sm font-medium text-slate-800">{t('attach.domainType')}</legend>
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
                {domainTypeLabel(t, o.type)} <span className="text-slate-600">({o.suffix})</span>
              </span>
            </label>
          ))}
        </fieldset>

        {type === 'TIDBCLOUD_MANAGED' ? (
          <section
            aria-labelledby="preview-title"
            aria-busy={preview.isFetching}
            className="rounded-md border border-slate-200 bg-slate-50 p-3"
          >
            <h3 id="preview-title" className="text-sm font-medium text-slate-900">
              {t('attach.previewTitle')}
            </h3>
            <div className="mt-2 text-sm">
              {preview.isPending ? (
                <Spinner label={t('attach.previewLoading')} />
              ) : preview.isError ? (
                <Alert
                  tone="error"
                  action={
                    <Button size="sm" onClick={() => void preview.refetch()} disabled={preview.isFetching}>
                      {t('common.retry')}
                    </Button>
                  }
                >
                  {describeError(preview.error, t('attach.previewError'), t)}
                </Alert>
              ) : (
                <div className="space-y-2">
                  <p className="flex flex-wrap items-center gap-1 text-slate-700">
                    {t('attach.uniqueName')}{' '}
                    <span className="font-mono text-slate-900">{preview.data.uniqueName}</span>
                    {preview.data.uniqueName && (
                      <CopyButton value={preview.data.uniqueName} label={t('domains.uniqueName')} />
                    )}
                  </p>
                  <DomainList domains={preview.data.domains ?? []} label={t('attach.domainsToAttach')} />
                </div>
              )}
            </div>
          </section>
        ) : (
          <Field
            label={t('attach.confluentName')}
            hint={t('attach.confluentHint', { region: regionId })}
            error={
              typeof confluentError === 'string'
                ? confluentError
                : confluentError && t(confluentError.key, confluentError.params)
            }
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
                if (confluentError) setConfluentError(check(e.target.value));
              }}
              onBlur={() => confluentName && setConfluentError(check(confluentName))}
            />
          </Field>
        )}
        <CliCommand
          commands={
            type === 'TIDBCLOUD_MANAGED'
              ? [
                  attachDomainsCommand({ clusterId, connectionId, type, dryRun: true }),
                  attachDomainsCommand({ clusterId, connectionId, type, uniqueName: preview.data?.uniqueName }),
                ]
              : [attachDomainsCommand({ clusterId, connectionId, type, uniqueName: confluentName.trim() })]
          }
        />
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => onOpenChange(false)} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" disabled={!canSubmit}>
          {busy ? t('attach.pending') : t('attach.submit')}
        </Button>
      </DialogFooter>
    </form>
  );
}
