import { MenuButton } from '@/components/ui/menu-button';
import { useI18n } from '@/lib/i18n';
import { lazyWithPreload } from '@/lib/lazy';
import type { ClusterSwitcherProps } from './cluster-switcher';

const LazySwitcher = lazyWithPreload(() => import('./cluster-switcher').then((m) => m.ClusterSwitcher));
export const preloadClusterSwitcher = LazySwitcher.preload;

/**
 * The top bar's cluster switcher; its menu (Radix) loads on hover, focus, when idle or on first use.
 * The name is cut to fit the bar (on phones, what the other controls leave); the full name is in
 * the button's accessible name and shown under it on hover and keyboard focus.
 */
export function ClusterSwitcherButton(props: ClusterSwitcherProps) {
  const { t } = useI18n();
  const name = props.current?.displayName ?? t('cluster.none');
  return (
    <MenuButton
      label={t('cluster.switch', { name })}
      className="group relative inline-flex max-w-full min-w-0 items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
      preload={preloadClusterSwitcher}
      menu={(surface) => <LazySwitcher {...props} {...surface} />}
    >
      <span className="min-w-0 truncate lg:max-w-xs">{name}</span>
      <span aria-hidden="true">▾</span>
      <span
        aria-hidden="true"
        className="pointer-events-none absolute top-full left-0 z-50 mt-1 hidden w-max max-w-xs rounded bg-slate-700 px-2 py-1 text-left text-xs font-normal [overflow-wrap:anywhere] text-white shadow group-hover:block group-focus-visible:block group-aria-expanded:hidden max-sm:fixed max-sm:inset-x-3 max-sm:top-12 max-sm:w-auto max-sm:max-w-none"
      >
        {name}
      </span>
    </MenuButton>
  );
}
