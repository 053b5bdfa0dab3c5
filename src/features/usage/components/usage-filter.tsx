import { inputClass } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';

export const USAGE_FILTERS = ['used', 'unused'] as const;
export type UsageFilterValue = (typeof USAGE_FILTERS)[number];
export const isUsageFilter = (v: string): v is UsageFilterValue => (USAGE_FILTERS as readonly string[]).includes(v);

/** "In use / not in use", beside the State filter; says so when usage is unknown (the filter then waits). */
export function UsageFilter({ value, onChange, unknown }: { value: string; onChange: (v: string) => void; unknown: boolean }) {
  const { t } = useI18n();
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
      {t('usage.filter')}
      <select value={value} onChange={(e) => onChange(e.target.value)} className={`${inputClass} w-44`} aria-describedby={unknown && value ? 'usage-filter-unknown' : undefined}>
        <option value="">{t('usage.filterAll')}</option>
        <option value="used">{t('usage.filterUsed')}</option>
        <option value="unused">{t('usage.filterUnused')}</option>
      </select>
      {unknown && value && (
        <span id="usage-filter-unknown" className="w-44 text-xs font-normal text-amber-800">
          {t('usage.filterUnknown')}
        </span>
      )}
    </label>
  );
}
