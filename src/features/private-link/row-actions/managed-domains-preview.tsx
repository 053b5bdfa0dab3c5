import type { UseQueryResult } from '@tanstack/react-query';
import { CopyButton } from '@/components/ui/copy-button';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import type { AttachDomain } from '@/contract/private-link';
import { DomainList } from '../shared/domain-list';

/** The TiDB Cloud Managed dry run: the unique name and the domains an attach would create. */
export function ManagedDomainsPreview({ preview }: { preview: UseQueryResult<AttachDomain> }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="preview-title" aria-busy={preview.isFetching} className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <h3 id="preview-title" className="text-sm font-medium text-slate-900">
        {t('attach.previewTitle')}
      </h3>
      <div className="mt-2 text-sm">
        {!preview.isSuccess ? (
          <QueryState query={preview} loading={t('attach.previewLoading')} error={t('attach.previewError')} />
        ) : (
          <div className="space-y-2">
            <p className="flex flex-wrap items-center gap-1 text-slate-700">
              {t('attach.uniqueName')} <span className="font-mono text-slate-900">{preview.data.uniqueName}</span>
              {preview.data.uniqueName && <CopyButton value={preview.data.uniqueName} label={t('domains.uniqueName')} />}
            </p>
            <DomainList domains={preview.data.domains ?? []} label={t('attach.domainsToAttach')} />
          </div>
        )}
      </div>
    </section>
  );
}
