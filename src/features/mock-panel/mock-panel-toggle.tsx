import type { ComponentProps } from 'react';
import { useI18n } from '@/lib/i18n';

/** The developer panel's button in the top bar: the panel's own, and its stand-in while the panel's code loads. */
export function MockPanelToggle(props: ComponentProps<'button'>) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="min-h-7 rounded-full border-2 border-dashed border-amber-500 bg-amber-50 px-2.5 py-1 text-xs font-semibold whitespace-nowrap text-amber-900 focus-visible:outline-2 focus-visible:outline-white disabled:opacity-60"
      {...props}
    >
      {t('dev.toggle')}
    </button>
  );
}
