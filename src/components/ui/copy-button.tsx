import { useEffect, useState } from 'react';
import { clsx } from 'clsx';
import { useI18n } from '@/lib/i18n';

/** Copies `value` with the Clipboard API and says so (visibly and to screen readers). */
export function CopyButton({ value, label, className }: { value: string; label: string; className?: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const t = setTimeout(() => setStatus('idle'), 2000);
    return () => clearTimeout(t);
  }, [status]);

  return (
    <button
      type="button"
      aria-label={t('common.copyLabel', { label })}
      onClick={() => {
        if (!navigator.clipboard) return setStatus('failed');
        navigator.clipboard.writeText(value).then(
          () => setStatus('copied'),
          () => setStatus('failed'),
        );
      }}
      className={clsx(
        'inline-flex h-6 min-w-6 shrink-0 items-center justify-center rounded px-1.5 text-xs font-medium whitespace-nowrap text-brand-700 hover:bg-brand-50',
        'focus-visible:outline-2 focus-visible:outline-brand-600',
        className,
      )}
    >
      <span aria-live="polite">{t(status === 'copied' ? 'common.copied' : status === 'failed' ? 'common.copyFailed' : 'common.copy')}</span>
    </button>
  );
}
