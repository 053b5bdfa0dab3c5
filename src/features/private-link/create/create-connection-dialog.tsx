import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useFormState, useWatch, type UseFormReturn } from 'react-hook-form';
import { DialogForm, FormDialog } from '@/components/ui/dialog-form';
import { CodeInput, Field, inputClass } from '@/components/ui/field';
import { WithEnglish } from '@/components/ui/with-english';
import { useI18n } from '@/lib/i18n';
import type { ConnectionType, PrivateLinkConnection } from '@/contract/private-link';
import { displayNameWarning } from '@/contract/rules';
import { endpointServiceRegion, PROVIDERS, providersForCloud } from '@/contract/providers';
import { readPastedService } from '@/contract/providers/paste';
import { createCall, useCreateConnection } from '../api/create-connection';
import { UnconfirmedCreateError } from '../api/create-outcome';
import { CliCommand } from '../commands/cli-command';
import { createCommand } from '../commands/ticloud';
import { asMessageKey, typeLabel } from '../providers';
import { describeCreateError, isConflict, unknownAttempt } from './create-error';
import { createFormSchema, createInput, CREATE_DEFAULTS, CREATE_FIELD_OF, type CreateFormInput, type CreateFormValues } from './create-form-schema';
import { prefillFrom } from './prefill';
import { ServiceRegionOption } from './service-region-option';
import { ZonesInfo } from './zones-info';

export interface CreateConnectionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Rendered ahead while closed, hidden, so that opening it only reveals it (Dialog's `prepare`). */
  prepare?: boolean;
  clusterId: string;
  regionId: string;
  /** The type chosen first. */
  type: ConnectionType;
  /** The types offered to choose from: by default every type of its cloud (the registry's providersForCloud). */
  types?: readonly ConnectionType[];
  onSuccess: (created: PrivateLinkConnection) => void;
  /** "Create again with these settings": the failed connection the form starts from. */
  from?: PrivateLinkConnection;
}

/**
 * The form and its mutation live here, above the dialog's body, which mounts while open (or ahead,
 * hidden, with `prepare`): a dialog closed half-filled, or while it sends, opens again as it was
 * left (the draft, "Creating…", or how the attempt ended). A created connection empties it for the
 * next one. Render it with a key per starting point (`from`): another starting point is another form.
 */
export function CreateConnectionDialog(props: CreateConnectionDialogProps) {
  const { open, onOpenChange, prepare, type: firstType, types: offered, regionId, from, onSuccess } = props;
  const { t } = useI18n();
  const types = offered ?? providersForCloud(PROVIDERS[firstType].cloud).map((p) => p.type);
  // "Create again" starts from the failed connection's own type.
  const [type, setType] = useState<ConnectionType>(types.find((option) => option === from?.type) ?? firstType);
  // Each connection created starts a new form body (a body rendered ahead stays mounted while closed).
  const [formRound, setFormRound] = useState(0);
  const form = useForm<CreateFormInput, unknown, CreateFormValues>({
    resolver: zodResolver(createFormSchema(type, t, regionId)),
    defaultValues: from ? prefillFrom(from, type, regionId) : CREATE_DEFAULTS,
    mode: 'onTouched',
  });
  const mutation = useCreateConnection({
    onSuccess: (created) => {
      onOpenChange(false);
      form.reset(CREATE_DEFAULTS);
      setFormRound((n) => n + 1);
      onSuccess(created);
    },
  });
  return (
    <FormDialog open={open} prepare={prepare} onOpenChange={onOpenChange} title={<WithEnglish k="create.title" />} wide>
      <CreateConnectionForm key={formRound} {...props} type={type} types={types} onTypeChange={setType} form={form} mutation={mutation} />
    </FormDialog>
  );
}

function CreateConnectionForm({
  onOpenChange,
  clusterId,
  regionId,
  type,
  types,
  onTypeChange,
  from,
  form,
  mutation,
}: CreateConnectionDialogProps & {
  types: readonly ConnectionType[];
  onTypeChange: (type: ConnectionType) => void;
  form: UseFormReturn<CreateFormInput, unknown, CreateFormValues>;
  mutation: ReturnType<typeof useCreateConnection>;
}) {
  const { t } = useI18n();
  const { errors } = useFormState({ control: form.control });

  const typedService = useWatch({ control: form.control, name: 'endpointServiceName' }).trim();
  // What will be sent for what was pasted (a console URL, a bare ID, upper case …), shown when it differs.
  const pasted = readPastedService(type, typedService, regionId);
  const serviceName = pasted.name;
  const displayName = useWatch({ control: form.control, name: 'displayName' }).trim();
  // Said while typing, not refused: the API sets no limit on names.
  const nameWarning = displayNameWarning(displayName);
  const serviceRegion = endpointServiceRegion(type, serviceName);
  // AWS: the user may say the service is in another region on purpose (then no warning).
  const regionOption = PROVIDERS[type].serviceRegionField;
  const otherRegion = useWatch({ control: form.control, name: 'otherRegion' }) && regionOption;
  const chosenRegion = (useWatch({ control: form.control, name: 'serviceRegion' }) ?? '').trim();
  const regionWarning =
    !otherRegion && serviceRegion && serviceRegion !== regionId
      ? t('create.regionWarning', { serviceRegion, clusterRegion: regionId })
      : undefined;
  const pending = mutation.isPending;
  const placeholder = PROVIDERS[type].serviceName.placeholder;

  return (
    <DialogForm
      form={form}
      onSubmit={(values) =>
        // After an outcome the list could not tell, a retry looks for that attempt's connection first.
        mutation.mutateAsync({ clusterId, type, ...createInput(values), previous: unknownAttempt(mutation.error) })
      }
      pending={pending}
      // A 409 is about the name sent: once the name is changed it no longer applies.
      error={isConflict(mutation.error) && mutation.variables?.displayName !== displayName ? null : mutation.error}
      errorTitle={t(mutation.error instanceof UnconfirmedCreateError && mutation.error.outcome !== 'absent' ? 'create.unconfirmedTitle' : 'create.failed')}
      describe={(e) => describeCreateError(e, mutation.variables?.displayName ?? displayName, t)}
      fieldOf={CREATE_FIELD_OF}
      submitLabel={t('create.submit')}
      pendingLabel={t('create.pending')}
      onCancel={() => onOpenChange(false)}
    >
      {from && (
        <p role="note" className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t('create.prefilled', { name: from.displayName })}
        </p>
      )}
      <Field label={t('create.name')} error={errors.displayName?.message} warning={nameWarning && t(asMessageKey(nameWarning.key), nameWarning.params)}>
        {/* The dialog opens on its first field (WAI-ARIA APG dialog pattern), not on ×: Dialog focuses it when it opens. */}
        <input className={inputClass} autoComplete="off" maxLength={200} readOnly={pending} data-autofocus {...form.register('displayName')} />
      </Field>
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium text-slate-800">{t('create.type')}</legend>
        {types.map((option) => (
          <label key={option} className="flex min-h-6 items-center gap-2 text-sm">
            <input
              type="radio"
              name="connectionType"
              value={option}
              checked={option === type}
              // Another type reads the service name by its own rules: a verdict on the last type's goes.
              onChange={() => {
                if (pending) return;
                onTypeChange(option);
                form.clearErrors('endpointServiceName');
              }}
              className="accent-brand-600"
            />
            {typeLabel(t, option)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('create.service')}
        hint={typedService && serviceName !== typedService ? t('create.sentAs', { name: serviceName }) : t('create.serviceHint', { format: placeholder })}
        error={errors.endpointServiceName?.message}
        warning={regionWarning ?? (pasted.regionAssumed && t('create.regionAssumed', { region: pasted.regionAssumed }))}
      >
        <CodeInput
          maxLength={300}
          placeholder={placeholder}
          readOnly={pending}
          {...form.register('endpointServiceName')}
        />
      </Field>
      {regionOption && <ServiceRegionOption form={form} nameRegion={serviceRegion} pending={pending} />}
      <ZonesInfo clusterId={clusterId} type={type} regionId={regionId} serviceRegion={otherRegion ? chosenRegion : undefined} serviceName={serviceName} />
      <CliCommand
        commands={[createCommand({ clusterId, displayName, type, endpointServiceName: serviceName, endpointServiceRegion: otherRegion ? chosenRegion : undefined })]}
        requests={[createCall({ clusterId, displayName, type, endpointServiceName: serviceName, endpointServiceRegion: otherRegion && chosenRegion ? chosenRegion : undefined })]}
      />
    </DialogForm>
  );
}
