import { useEffect } from 'react';
import { useFormState, useWatch, type UseFormReturn } from 'react-hook-form';
import { CodeInput, Field } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import type { CreateFormInput, CreateFormValues } from './create-form-schema';

/**
 * AWS: "the endpoint service is in another region than the cluster" (the API's
 * `awsEndpointService.region`, the CLI's `--aws.endpoint-service-region`). Checked, it asks for the
 * region, filled in from the service name when it has one; a region that differs from the name's is
 * a warning, not an error (never stricter than AWS).
 */
export function ServiceRegionOption({
  form,
  nameRegion,
  pending,
}: {
  form: UseFormReturn<CreateFormInput, unknown, CreateFormValues>;
  /** The region in the endpoint service name, when the name is well formed. */
  nameRegion: string | undefined;
  pending: boolean;
}) {
  const { t } = useI18n();
  const otherRegion = useWatch({ control: form.control, name: 'otherRegion' });
  const region = (useWatch({ control: form.control, name: 'serviceRegion' }) ?? '').trim();
  const { getValues, setValue } = form;
  useEffect(() => {
    if (otherRegion && nameRegion && !getValues('serviceRegion')?.trim()) setValue('serviceRegion', nameRegion);
  }, [otherRegion, nameRegion, getValues, setValue]);
  // Through the hook, not `form.formState`: the React Compiler keeps a value read from the stable `form`.
  const error = useFormState({ control: form.control, name: 'serviceRegion' }).errors.serviceRegion?.message;
  const mismatch = nameRegion && region && region !== nameRegion ? t('create.serviceRegionMismatch', { nameRegion, region }) : undefined;

  return (
    <div className="space-y-3">
      <label className="flex min-h-6 items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="size-4 accent-brand-600" disabled={pending} {...form.register('otherRegion')} />
        {t('create.otherRegion')}
      </label>
      {otherRegion && (
        <Field label={t('create.serviceRegion')} hint={t('create.serviceRegionHint')} error={error} warning={mismatch}>
          <CodeInput
            maxLength={64}
            readOnly={pending}
            {...form.register('serviceRegion')}
          />
        </Field>
      )}
    </div>
  );
}
