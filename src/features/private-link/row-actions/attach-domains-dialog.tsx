import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { Alert } from '@/components/ui/alert';
import { DialogForm } from '@/components/ui/dialog-form';
import { ExternalLink } from '@/components/ui/external-link';
import { CodeInput, Field } from '@/components/ui/field';
import { useI18n, type Translate } from '@/lib/i18n';
import { DOMAIN_TYPES, type AttachDomain, type ConnectionType, type DomainType } from '@/contract/private-link';
import { providerOf } from '@/contract/providers';
import { DOMAIN_KINDS } from '@/contract/providers/domains';
import { uniqueNameProblem } from '@/contract/providers/unique-name';
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

/**
 * An entered unique name (the registry's DOMAIN_KINDS: Confluent) is checked only when its type is
 * chosen; a generated one (TiDB Cloud Managed) is the dry run's.
 */
const attachFormSchema = (
  connectionType: ConnectionType | undefined,
  regionId: string,
  t: Translate,
  suffixOf: (type: DomainType) => string | undefined,
) =>
  z.object({ type: z.enum(DOMAIN_TYPES), enteredName: z.string() }).check(
    z.superRefine((v, ctx) => {
      const kind = DOMAIN_KINDS[v.type];
      if (kind.uniqueName !== 'entered' || !connectionType) return;
      const name = readPastedUniqueName(suffixOf(v.type), v.enteredName).name;
      const problem = uniqueNameProblem(connectionType, v.type, name, regionId);
      if (problem) ctx.addIssue({ code: 'custom', path: ['enteredName'], message: t(asMessageKey(problem.key), problem.params), input: v });
    }),
  );

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
  const provider = providerOf(connection.type);
  const options = provider?.domains ?? [];
  const detail = useConnection(clusterId, connectionId);
  const attached = detail.data ? (detail.data.attachedDomains ?? []) : undefined;
  // What the domain's console shows (a full domain, a URL …) is read as the unique name it carries.
  const suffixOf = (domainType: DomainType) => options.find((o) => o.type === domainType)?.suffix;
  const schema = attachFormSchema(provider?.type, regionId, t, suffixOf);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { type: options[0]?.type ?? DOMAIN_TYPES[0], enteredName: '' },
    reValidateMode: 'onChange',
  });
  const [type, enteredName] = useWatch({ control: form.control, name: ['type', 'enteredName'] });
  const kind = DOMAIN_KINDS[type];
  const generated = kind.uniqueName === 'generated';
  const pastedName = readPastedUniqueName(suffixOf(type), enteredName);
  const typedName = enteredName.trim();
  // The dry run of the generated type chosen, or of the first one offered (so its answer is kept while another type is looked at).
  const previewType = generated ? type : (options.find((o) => DOMAIN_KINDS[o.type].uniqueName === 'generated')?.type ?? type);
  const preview = useManagedDomainsPreview(clusterId, connectionId, previewType, generated);
  const mutation = useAttachDomains({
    onSuccess: (attached) => {
      onOpenChange(false);
      onSuccess?.(attached);
    },
  });
  const pending = mutation.isPending;
  const managedName = preview.data?.uniqueName;
  // The unique name about to be sent is attached already. The API promises no rule for that (it may
  // add a second group or refuse), so it is said, not refused.
  const attachedTwice = sameGroup(attached, type, generated ? managedName : pastedName.name);
  // Another generated set already there: said too (it adds a second set of domains).
  const managedBefore = generated && !attachedTwice ? attached?.find((g) => g.type === type) : undefined;
  const recheck = () => void form.trigger('enteredName');

  return (
    <DialogForm
      form={form}
      onSubmit={(v) =>
        mutation.mutateAsync({ clusterId, connectionId, type: v.type, uniqueName: generated ? managedName! : readPastedUniqueName(suffixOf(v.type), v.enteredName).name })
      }
      pending={pending}
      error={mutation.error}
      errorTitle={t('attach.failed')}
      describe={(e) => describeRowActionError(e, t)}
      fieldOf={generated ? {} : { 'attachDomain.uniqueName': 'enteredName' }}
      submitLabel={t('attach.submit')}
      pendingLabel={t('attach.pending')}
      canSubmit={!generated || !!managedName}
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
      {kind.uniqueName === 'generated' ? (
        <>
          <ManagedDomainsPreview preview={preview} />
          {attachedTwice && <Alert tone="warning">{t(kind.messages.attachedSame, { name: attachedTwice.uniqueName ?? '' })}</Alert>}
          {managedBefore && <Alert tone="info">{t(kind.messages.attachedOther, { name: managedBefore.uniqueName ?? '' })}</Alert>}
        </>
      ) : (
        <Field
          label={t(kind.messages.label)}
          hint={
            <>
              {t(kind.messages.hint, { region: regionId })}{' '}
              {rich(kind.messages.guideLink, { link: (c) => <ExternalLink href={docsUrl(lang, kind.guide)}>{c}</ExternalLink> })}
            </>
          }
          error={form.formState.errors.enteredName?.message}
          warning={
            attachedTwice
              ? t(kind.messages.attached, { name: pastedName.name })
              : pastedName.unsure
                ? t(kind.messages.unsure, { name: pastedName.name })
                : typedName && pastedName.name !== typedName
                  ? t('create.sentAs', { name: pastedName.name })
                  : undefined
          }
        >
          <CodeInput
            maxLength={200}
            readOnly={pending}
            placeholder={kind.example(regionId)}
            {...form.register('enteredName', {
              onChange: () => form.getFieldState('enteredName').error && recheck(),
              onBlur: (e: { target: HTMLInputElement }) => e.target.value && recheck(),
            })}
          />
        </Field>
      )}
      <CliCommand
        commands={
          generated
            ? [attachDomainsCommand({ clusterId, connectionId, type, dryRun: true }), attachDomainsCommand({ clusterId, connectionId, type, uniqueName: managedName })]
            : [attachDomainsCommand({ clusterId, connectionId, type, uniqueName: pastedName.name })]
        }
        requests={
          generated
            ? [attachCall({ clusterId, connectionId, type, uniqueName: '', validateOnly: true }), attachCall({ clusterId, connectionId, type, uniqueName: managedName ?? '' })]
            : [attachCall({ clusterId, connectionId, type, uniqueName: pastedName.name })]
        }
      />
    </DialogForm>
  );
}
