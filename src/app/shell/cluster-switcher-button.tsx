import type { ComponentProps } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { useI18n } from '@/lib/i18n';
import type { Cluster } from '@/contract/clusters';
import type { ClusterSwitcherProps } from './cluster-switcher';

/** The switcher, button and menu (Radix), in its own chunk. */
const [LazySwitcher] = lazyPart(() => import('./cluster-switcher').then((m) => m.ClusterSwitcher));

/**
 * The top bar's cluster switcher: the menu's own button; until the page's reads are done and its
 * code is there, the same button, not usable yet; if the code could not load (offline), the same button, which tries again.
 */
export function ClusterSwitcherButton(props: ClusterSwitcherProps) {
  return <LazySwitcher {...props} standIn={(button) => <ClusterSwitcherTrigger current={props.current} {...button} />} />;
}

/**
 * The switcher's button. The name is cut to fit the bar (on phones, what the other controls leave);
 * the full name is in the button's accessible name and shown under it on hover and keyboard focus.
 */
export function ClusterSwitcherTrigger({ current, ...props }: ComponentProps<'button'> & { current: Cluster | undefined }) {
  const { t } = useI18n();
  const name = current?.displayName ?? t('cluster.none');
  return (
    <button
      type="button"
      aria-label={t('cluster.switch', { name })}
      className="group relative inline-flex max-w-full min-w-0 items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white"
      {...props}
    >
      <span className="min-w-0 truncate lg:max-w-xs">{name}</span>
      <span aria-hidden="true">▾</span>
      <span
        aria-hidden="true"
        className="pointer-events-none absolute top-full left-0 z-50 mt-1 hidden w-max max-w-xs rounded bg-slate-700 px-2 py-1 text-left text-xs font-normal [overflow-wrap:anywhere] text-white shadow group-hover:block group-focus-visible:block group-aria-expanded:hidden max-sm:fixed max-sm:inset-x-3 max-sm:top-12 max-sm:w-auto max-sm:max-w-none"
      >
        {name}
      </span>
    </button>
  );
}
