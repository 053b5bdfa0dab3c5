import type { ReactNode } from 'react';
import { clsx } from 'clsx';
import { useI18n } from '@/lib/i18n';

/**
 * A link to another site: a new tab that cannot reach back into this page (noopener) or learn where
 * it came from (noreferrer), and says so to screen readers.
 */
export function ExternalLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={clsx('font-medium text-brand-700 underline', className)}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> {t('common.newTab')}</span>
    </a>
  );
}
