import { MenuButton } from '@/components/ui/menu-button';
import { useI18n } from '@/lib/i18n';
import { lazyWithPreload } from '@/lib/lazy';
import type { ClusterSwitcherProps } from './cluster-switcher';

const LazySwitcher = lazyWithPreload(() => import('./cluster-switcher').then((m) => m.ClusterSwitcher));
export const preloadClusterSwitcher = LazySwitcher.preload;

/** The top bar's cluster switcher; its menu (Radix) loads on hover, focus, when idle or on first use. */
export function ClusterSwitcherButton(props: ClusterSwitcherProps) {
  const { t } = useI18n();
  const name = props.current?.displayName ?? t('cluster.none');
  return (
    <MenuButton
      label={t('cluster.switch', { name })}
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
      preload={preloadClusterSwitcher}
      menu={(surface) => <LazySwitcher {...props} {...surface} />}
    >
      {name}
      <span aria-hidden="true">▾</span>
    </MenuButton>
  );
}
