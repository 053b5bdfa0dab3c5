import type { ReactNode } from 'react';
import { clsx } from 'clsx';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';

/** A cell; as a card (below 1280 px) it shows its column's name before the value. */
export function Cell({ column, className, children }: { column: MessageKey; className?: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <td
      className={clsx(
        'px-2 py-2.5 max-xl:col-span-2 max-xl:col-start-2 max-xl:flex max-xl:min-w-0 max-xl:items-baseline max-xl:gap-x-2 max-xl:p-0 max-xl:pt-1.5 max-sm:col-span-3 max-sm:col-start-1',
        className,
      )}
    >
      <span className="w-24 shrink-0 text-xs text-slate-600 sm:w-28 xl:hidden">{t(column)}</span>
      <span className="min-w-0">{children}</span>
    </td>
  );
}
