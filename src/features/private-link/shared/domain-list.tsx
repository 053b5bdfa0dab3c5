import { CopyButton } from '@/components/ui/copy-button';
import { useI18n } from '@/lib/i18n';
import type { Domain } from '@/contract/private-link';
import { WrapAtDots } from './wrap-at-dots';

/** Domains, each copyable. */
export function DomainList({ domains, label }: { domains: Domain[]; label?: string }) {
  const { t } = useI18n();
  return (
    <ul className="space-y-0.5" aria-label={label}>
      {domains.map((d) => (
        <li key={d.name} className="flex items-center gap-1 font-mono text-xs text-slate-800">
          <span className="min-w-0">
            <WrapAtDots value={d.name} />
          </span>
          <CopyButton value={d.name} label={t('domains.copyDomain', { name: d.name })} />
          {d.state && d.state !== 'ACTIVE' && (
            <span className="font-sans text-amber-800">
              ({d.state}
              {d.message ? `: ${d.message}` : ''})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
