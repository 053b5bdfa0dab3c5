import { deferred, triggerActivation } from '@/components/ui/deferred';
import { useI18n } from '@/lib/i18n';
import { switcherTriggerClass } from './cloud-label';
import type { ClusterSwitcherProps } from './cluster-switcher';

const DeferredSwitcher = deferred<ClusterSwitcherProps>(() => import('./cluster-switcher').then((m) => m.ClusterSwitcher));
export const preloadClusterSwitcher = DeferredSwitcher.preload;

/** The top bar's cluster switcher; its Radix menu loads on first use (or when the browser is idle). */
export function ClusterSwitcherButton(props: ClusterSwitcherProps) {
  const { t } = useI18n();
  const name = props.current?.displayName ?? t('cluster.none');
  return (
    <DeferredSwitcher
      {...props}
      placeholder={(activate) => (
        <button type="button" aria-label={t('cluster.switch', { name })} className={switcherTriggerClass} {...triggerActivation(activate)}>
          {name}
          <span aria-hidden="true">▾</span>
        </button>
      )}
    />
  );
}
