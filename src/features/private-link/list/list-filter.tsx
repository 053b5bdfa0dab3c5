import type { ReactNode } from 'react';
import { inputClass } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import { CONNECTION_STATES } from '@/contract/private-link';
import { stateLabel } from '../labels';

/** The text and state filters above the list; both live in the URL. */
export function ListFilter({
  q,
  onQChange,
  state,
  onStateChange,
  extra,
}: {
  q: string;
  onQChange: (q: string) => void;
  state: string;
  onStateChange: (state: string) => void;
  /** More filters after State (the app's usage filter). */
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div role="search" className="mt-4 flex flex-wrap items-end gap-3">
      <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium text-slate-800">
        {t('filter.label')}
        <input
          type="search"
          value={q}
          onChange={(e) => onQChange(e.target.value)}
          placeholder={t('filter.placeholder')}
          className={inputClass}
          maxLength={200}
          spellCheck={false}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        {t('filter.state')}
        <select
          value={state}
          onChange={(e) => onStateChange(e.target.value)}
          className={`${inputClass} w-52`}
        >
          <option value="">{t('filter.allStates')}</option>
          {CONNECTION_STATES.map((s) => (
            <option key={s} value={s}>
              {stateLabel(t, s)}
            </option>
          ))}
        </select>
      </label>
      {extra}
    </div>
  );
}
