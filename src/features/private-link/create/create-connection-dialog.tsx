import { zodResolver } from '@hookform/resolvers/zod';
import { useIsMutating } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { isApiError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { useSingleFlight } from '@/lib/use-single-flight';
import type { ConnectionType, PrivateLinkConnection } from '@/contract/private-link';
import { useCreateConnection } from '../api/create-connection';
import { privateLinkMutationKeys } from '../api/keys';
import { endpointServiceRegion, PROVIDERS } from '@/contract/providers';
import { typeLabel } from '../labels';
import { ActionError } from '../shared/action-error';
import {
  createFormSchema,
  CREATE_FIELD_OF,
  type CreateFormInput,
  type CreateFormValues,
} from './create-form-schema';
import { ZonesInfo } from './zones-info';
import { CliCommand } from '../commands/cli-command';
import { createCommand } from '../commands/ticloud';

export interface CreateConnectionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  clusterId: string;
  regionId: string;
  type: ConnectionType;
  onCreated: (created: PrivateLinkConnection) => void;
}

export function CreateConnectionDialog(props: CreateConnectionDialogProps) {
  const { open, onOpenChange } = props;
  const { t } = useI18n();
  const busy = useIsMutating({ mutationKey: privateLinkMutationKeys.create }) > 0;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('create.title')} busy={busy} wide>
      {open && <CreateConnectionForm {...props} />}
    </Dialog>
  );
}

function CreateConnectionForm({
  onOpenChange,
  clusterId,
  regionId,
  type,
  onCreated,
}: CreateConnectionDialogProps) {
  const { t } = useI18n();
  const schema = useMemo(() => createFormSchema(type, t), [type, t]);
  const form = useForm<CreateFormInput, unknown, CreateFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { displayName: '', endpointServiceName: '' },
    mode: 'onTouched',
  });
  const { errors } = form.formState;
  const create = useCreateConnection({
    onSuccess: (created) => {
      onOpenChange(false);
      onCreated(created);
    },
  });

  const serviceName = useWatch({ control: form.control, name: 'endpointServiceName' }).trim();
  const displayName = useWatch({ control: form.control, name: 'displayName' }).trim();
  const serviceRegion = endpointServiceRegion(type, serviceName);
  const regionWarning =
    serviceRegion && serviceRegion !== regionId
      ? t('create.regionWarning', { serviceRegion, clusterRegion: regionId })
      : undefined;

  const once = useSingleFlight();
  const submit = (values: CreateFormValues) =>
    once(() =>
      create
        .mutateAsync({
          clusterId,
          type,
          displayName: values.displayName,
          endpointServiceName: values.endpointServiceName,
        })
        .catch((error: unknown) => {
          // The API's field-level rejections land on their fields.
          for (const v of isApiError(error) ? error.fieldViolations : []) {
            const field = CREATE_FIELD_OF[v.field];
            if (field) form.setError(field, { type: 'server', message: v.description });
          }
          throw error;
        }),
    );

  const busy = create.isPending;
  return (
    <form
      onSubmit={(e) => void form.handleSubmit(submit)(e)}
      noValidate
      className="flex min-h-0 flex-1 flex-col"
      aria-busy={busy}
    >
      <DialogBody>
        {create.isError && <ActionError title={t('create.failed')} error={create.error} />}
        <Field label={t('create.name')} error={errors.displayName?.message}>
          <input
            className={inputClass}
            autoComplete="off"
            maxLength={200}
            readOnly={busy}
            {...form.register('displayName')}
          />
        </Field>
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium text-slate-800">{t('create.type')}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="connectionType"
              value={type}
              checked
              readOnly
              className="accent-brand-600"
            />
            {typeLabel(t, type)}
          </label>
        </fieldset>
        <Field
          label={t('create.service')}
          hint={t('create.serviceHint', { format: PROVIDERS[type].serviceName.placeholder })}
          error={errors.endpointServiceName?.message}
          warning={regionWarning}
        >
          <input
            className={`${inputClass} font-mono`}
            autoComplete="off"
            spellCheck={false}
            maxLength={300}
            placeholder={PROVIDERS[type].serviceName.placeholder}
            readOnly={busy}
            {...form.register('endpointServiceName')}
          />
        </Field>
        <ZonesInfo clusterId={clusterId} type={type} regionId={regionId} />
        <CliCommand commands={[createCommand({ clusterId, displayName, type, endpointServiceName: serviceName })]} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => onOpenChange(false)} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('create.pending') : t('create.submit')}
        </Button>
      </DialogFooter>
    </form>
  );
}
