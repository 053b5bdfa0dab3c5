import { MenuButton } from '@/components/ui/menu-button';
import { useI18n } from '@/lib/i18n';
import { lazyWithPreload } from '@/lib/lazy';
import type { RowMenuProps } from './row-menu';

const LazyRowMenu = lazyWithPreload(() => import('./row-menu').then((m) => m.RowMenu));
export const preloadRowMenu = LazyRowMenu.preload;

/** The row's **…** button; its menu (Radix) loads on hover, focus, when idle or on first use. */
export function RowMenuButton(props: RowMenuProps) {
  const { t } = useI18n();
  return (
    <MenuButton
      label={t('menu.actionsFor', { name: props.connection.displayName })}
      disabled={!props.connection.privateLinkConnectionId}
      className="inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40 aria-expanded:bg-slate-100"
      preload={preloadRowMenu}
      menu={(surface) => <LazyRowMenu {...props} {...surface} />}
    >
      <span aria-hidden="true" className="text-lg leading-none">
        …
      </span>
    </MenuButton>
  );
}
