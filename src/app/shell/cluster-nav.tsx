import type { Cluster } from '@/contract/clusters';
import { WithEnglish } from '@/components/ui/with-english';
import { useI18n } from '@/lib/i18n';
import { Link } from '@tanstack/react-router';

/** The cluster's left navigation: Settings › Networking (in the side bar, or the menu on small screens). */
export function ClusterNav({ current, onNavigate }: { current?: Cluster; onNavigate?: () => void }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('app.clusterNav')} className="text-sm">
      <p className="px-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
        <WithEnglish k="app.settings" className="font-normal normal-case" />
      </p>
      <ul className="mt-1">
        <li>
          {current && (
            <Link
              to="/clusters/$clusterId/settings/networking"
              params={{ clusterId: current.clusterId }}
              aria-current="page"
              onClick={onNavigate}
              className="block rounded-md bg-brand-50 px-2 py-2 font-medium text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <WithEnglish k="app.networking" className="font-normal text-slate-700" />
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}
