import type { UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '@/lib/i18n';
import type { AttachDomain } from '@/contract/private-link';
import { domainTypeLabel } from '../labels';
import { DomainList } from '../shared/domain-list';

/** One radio per attached group of domains (its type, unique name and domains). */
export function DomainGroupChoice({
  groups,
  chosen,
  disabled,
  register,
}: {
  groups: AttachDomain[];
  chosen: string | undefined;
  disabled: boolean;
  register: UseFormRegisterReturn;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="text-sm font-medium text-slate-800">{t('detach.legend')}</legend>
      {groups.map((g) => {
        const inputId = `detach-${g.attachDomainId}`;
        return (
          <div
            key={g.attachDomainId}
            className="flex gap-2 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              id={inputId}
              type="radio"
              value={g.attachDomainId}
              checked={chosen === g.attachDomainId}
              aria-describedby={`${inputId}-domains`}
              className="mt-1 self-start accent-brand-600"
              {...register}
            />
            <div className="min-w-0 space-y-1">
              <label htmlFor={inputId} className="block min-h-6 font-medium text-slate-900">
                {domainTypeLabel(t, g.type)}
                {g.uniqueName && (
                  <span className="font-normal text-slate-700">
                    {` · ${t('domains.uniqueName')} `}
                    <span className="font-mono">{g.uniqueName}</span>
                  </span>
                )}
              </label>
              <div id={`${inputId}-domains`}>
                <DomainList domains={g.domains ?? []} />
              </div>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
