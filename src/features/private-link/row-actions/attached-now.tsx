import type { AttachDomain } from '@/contract/private-link';
import { useI18n } from '@/lib/i18n';
import { domainTypeLabel } from '../labels';

/** What is attached to the connection now, so the Attach dialog is not a guess. */
export function AttachedNow({ groups, loading }: { groups: AttachDomain[] | undefined; loading: boolean }) {
  const { t } = useI18n();
  if (loading) return <p className="text-sm text-slate-600">{t('attach.checkingAttached')}</p>;
  if (!groups) return null;
  return (
    <div className="text-sm">
      <p className="font-medium text-slate-800">{t('attach.attachedNow')}</p>
      {groups.length === 0 ? (
        <p className="text-slate-600">{t('attach.noneAttached')}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
          {groups.map((g) => (
            <li key={g.attachDomainId ?? g.uniqueName}>
              {domainTypeLabel(t, g.type)}: <span className="font-mono text-xs break-all">{g.uniqueName}</span>{' '}
              <span className="text-slate-600">({t('attach.domainCount', { n: g.domains?.length ?? 0 })})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Why a second attach of the same kind is refused or needs a word: an identical group is already there. */
export function sameGroup(groups: AttachDomain[] | undefined, type: string, uniqueName: string | undefined): AttachDomain | undefined {
  if (!uniqueName) return undefined;
  return groups?.find((g) => g.type === type && g.uniqueName?.toLowerCase() === uniqueName.toLowerCase());
}
