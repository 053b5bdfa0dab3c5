import { CopyButton } from '@/components/ui/copy-button';
import { QueryState } from '@/components/ui/query-state';
import { useConnection } from '../api/get-connection';
import { useI18n } from '@/lib/i18n';
import { domainTypeLabel } from '../labels';
import { DomainList } from '../shared/domain-list';

/** While the attached domains load (Get) or fail to, what to show instead. */
export function DomainsLoadState({ detail }: { detail: ReturnType<typeof useConnection> }) {
  const { t } = useI18n();
  return <QueryState query={detail} loading={t('domains.loading')} error={t('domains.loadError')} />;
}

/** A connection's attached domain groups, fetched with Get when the row is expanded. */
export function AttachedDomains({ clusterId, connectionId }: { clusterId: string; connectionId: string }) {
  const { t } = useI18n();
  const detail = useConnection(clusterId, connectionId);
  if (!detail.isSuccess) return <DomainsLoadState detail={detail} />;
  const groups = detail.data.attachedDomains ?? [];
  if (groups.length === 0) return <p className="text-sm text-slate-600">{t('domains.none')}</p>;
  return (
    <ul className="space-y-3" aria-label={t('table.attachedDomains')}>
      {groups.map((g, i) => (
        <li key={g.attachDomainId ?? i} className="text-sm">
          <p className="text-slate-700">
            <span className="font-medium text-slate-900">{domainTypeLabel(t, g.type)}</span>
            {g.uniqueName && (
              <>
                {` · ${t('domains.uniqueName')} `}
                <span className="font-mono">{g.uniqueName}</span>
                <CopyButton
                  value={g.uniqueName}
                  label={t('domains.copyUniqueName', { name: g.uniqueName })}
                />
              </>
            )}
          </p>
          <div className="mt-1">
            <DomainList domains={g.domains ?? []} />
          </div>
        </li>
      ))}
    </ul>
  );
}
