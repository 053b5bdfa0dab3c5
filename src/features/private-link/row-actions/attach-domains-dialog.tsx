import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { Alert } from '@/components/ui/alert';
import { DialogForm } from '@/components/ui/dialog-form';
import { ExternalLink } from '@/components/ui/external-link';
import { CodeInput, Field } from '@/components/ui/field';
import { useI18n, type Translate } from '@/lib/i18n';
import { DOMAIN_TYPES, type AttachDomain } from '@/contract/private-link';
import { providerOf } from '@/contract/providers';
import { confluentUniqueNameProblem } from '@/contract/rules';
import { readPastedUniqueName } from '@/contract/providers/paste';
import { attachCall, useAttachDomains, useManagedDomainsPreview } from '../api/attach-domains';
import { useConnection } from '../api/get-connection';
import { CliCommand } from '../commands/cli-command';
import { attachDomainsCommand } from '../commands/ticloud';
import { docsUrl } from '../docs';
import { domainTypeLabel } from '../labels';
import { asMessageKey } from '../providers';
import { describeRowActionError } from '../shared/action-error';
import { AttachedNow, sameGroup } from './attached-now';
import { ManagedDomainsPreview } from './managed-domains-preview';
import { RowActionDialog, type RowActionDialogProps } from './row-action-dialog';

export interface AttachDomainsDialogProps extends RowActionDialogProps<AttachDomain> {
  regionId: string;
}

/** Confluent's unique name is checked only when Confluent is chosen (TiDB Cloud Managed takes the dry run's). */
const attachFormSchema = (regionId: string, t: Translate, attached: AttachDomain[] | undefined, suffix: string | undefined) =>
  z.object({ type: z.enum(DOMAIN_TYPES), confluentName: z.string() }).check(
    z.superRefine((v, ctx) => {
      if (v.type !== 'CONFLUENT') return;
      const name = readPastedUniqueName(suffix, v.confluentName).name;
      const problem = confluentUniqueNameProblem(name, regionId);
      if (problem) ctx.addIssue({ code: 'custom', path: ['confluentName'], message: t(asMessageKey(problem.key), problem.params), input: v });
      // Already attached: said on the field before anything is sent.
      else if (sameGroup(attached, 'CONFLUENT', name)) ctx.addIssue({ code: 'custom', path: ['confluentName'], message: t('attach.confluentAttached', { name }), input: v });
    }),
  );

/** The registry's suffix of Confluent domains for this connection's provider (none where not offered). */
const confluentSuffix = (type: string | undefined) => providerOf(type)?.domains.find((d) => d.type === 'CONFLUENT')?.suffix;

export function AttachDomainsDialog(props: AttachDomainsDialogProps) {
  return (
    <RowActionDialog {...props} titleKey="attach.title" descriptionKey="attach.description" wide>
      <AttachDomainsForm {...props} />
    </RowActionDialog>
  );
}

function AttachDomainsForm({ onOpenChange, clusterId, regionId, connection, onSuccess }: AttachDomainsDialogProps) {
  const { t, rich, lang } = useI18n();
  const connectionId = connection.privateLinkConnectionId ?? '';
  const options = providerOf(connection.type)?.domains ?? [];
  const detail = useConnection(clusterId, connectionId);
  const attached = detail.data ? (detail.data.attachedDomains ?? []) : undefined;
  // What the Confluent console shows (a full domain, a URL …) is read as the unique name it carries.
  const suffix = confluentSuffix(connection.type);
  const schema = attachFormSchema(regionId, t, attached, suffix);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { type: options[0]?.type ?? 'TIDBCLOUD_MANAGED', confluentName: '' },
    reValidateMode: 'onChange',
  });
  const [type, confluentName] = useWatch({ control: form.control, name: ['type', 'confluentName'] });
  const pastedName = readPastedUniqueName(suffix, confluentName);
  const typedName = confluentName.trim();
  const preview = useManagedDomainsPreview(clusterId, connectionId, type === 'TIDBCLOUD_MANAGED');
  const mutation = useAttachDomains({
    onSuccess: (attached) => {
      onOpenChange(false);
      onSuccess?.(attached);
    },
  });
  const pending = mutation.isPending;
  const managedName = preview.data?.uniqueName;
  // The same TiDB Cloud Managed set again would only duplicate it: refused, with why.
  const managedTwice = type === 'TIDBCLOUD_MANAGED' ? sameGroup(attached, type, managedName) : undefined;
  // Another TiDB Cloud Managed set already there: allowed, but said (it adds a second set of domains).
  const managedBefore = type === 'TIDBCLOUD_MANAGED' && !managedTwice ? attached?.find((g) => g.type === type) : undefined;
  const recheck = () => void form.trigger('confluentName');

  return (
    <DialogForm
      form={form}
      onSubmit={(v) =>
        mutation.mutateAsync({ clusterId, connectionId, type: v.type, uniqueName: v.type === 'CONFLUENT' ? readPastedUniqueName(suffix, v.confluentName).name : managedName! })
      }
      pending={pending}
      error={mutation.error}
      errorTitle={t('attach.failed')}
      describe={(e) => describeRowActionError(e, t)}
      fieldOf={type === 'CONFLUENT' ? { 'attachDomain.uniqueName': 'confluentName' } : {}}
      submitLabel={t('attach.submit')}
      pendingLabel={t('attach.pending')}
      canSubmit={type === 'CONFLUENT' || (!!managedName && !managedTwice)}
      onCancel={() => onOpenChange(false)}
    >
      <AttachedNow groups={attached} loading={detail.isPending} />
      <fieldset className="space-y-2" disabled={pending}>
        <legend className="text-sm font-medium text-slate-800">{t('attach.domainType')}</legend>
        {options.map((o) => (
          <label key={o.type} className="flex min-h-6 items-center gap-2 text-sm">
            <input type="radio" value={o.type} className="accent-brand-600" {...form.register('type', { onChange: () => mutation.reset() })} />
            <span>
              {domainTypeLabel(t, o.type)} <span className="text-slate-600">({o.suffix})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="text-xs text-slate-600">{rich('attach.notListed', { link: (c) => <ExternalLink href={docsUrl(lang, 'support')}>{c}</ExternalLink> })}</p>
      {type === 'TIDBCLOUD_MANAGED' ? (
        <>
          <ManagedDomainsPreview preview={preview} />
          {managedTwice && <Alert tone="warning">{t('attach.managedAttached', { name: managedTwice.uniqueName ?? '' })}</Alert>}
          {managedBefore && <Alert tone="info">{t('attach.managedSecond', { name: managedBefore.uniqueName ?? '' })}</Alert>}
        </>
      ) : (
        <Field
          label={t('attach.confluentName')}
          hint={
            <>
              {t('attach.confluentHint', { region: regionId })}{' '}
              {rich('attach.confluentGuide', { link: (c) => <ExternalLink href={docsUrl(lang, 'confluent')}>{c}</ExternalLink> })}
            </>
          }
          error={form.formState.errors.confluentName?.message}
          warning={pastedName.unsure ? t('attach.confluentUnsure', { name: pastedName.name }) : typedName && pastedName.name !== typedName ? t('create.sentAs', { name: pastedName.name }) : undefined}
        >
          <CodeInput
            maxLength={200}
            readOnly={pending}
            placeholder={`domnprzqrog.${regionId}`}
            {...form.register('confluentName', {
              onChange: () => form.getFieldState('confluentName').error && recheck(),
              onBlur: (e: { target: HTMLInputElement }) => e.target.value && recheck(),
            })}
          />
        </Field>
      )}
      <CliCommand
        commands={
          type === 'TIDBCLOUD_MANAGED'
            ? [attachDomainsCommand({ clusterId, connectionId, type, dryRun: true }), attachDomainsCommand({ clusterId, connectionId, type, uniqueName: managedName })]
            : [attachDomainsCommand({ clusterId, connectionId, type, uniqueName: pastedName.name })]
        }
        requests={
          type === 'TIDBCLOUD_MANAGED'
            ? [attachCall({ clusterId, connectionId, type, uniqueName: '', validateOnly: true }), attachCall({ clusterId, connectionId, type, uniqueName: managedName ?? '' })]
            : [attachCall({ clusterId, connectionId, type, uniqueName: pastedName.name })]
        }
      />
    </DialogForm>
  );
}
