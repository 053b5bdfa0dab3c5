import type { ComponentProps } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import type { RowMenuProps } from './row-menu';

/** The row's menu, button and all (Radix), in its own chunk. */
const [LazyRowMenu] = lazyPart(() => import('./row-menu').then((m) => m.RowMenu));

/**
 * The row's **…** button: the menu's own; until the page's reads are done and its code is there,
 * the same button, not usable yet;
 * if the code could not load (offline), the same button, which tries again.
 */
export function RowMenuButton(props: RowMenuProps) {
  return <LazyRowMenu {...props} standIn={(button) => <RowMenuTrigger connection={props.connection} {...button} />} />;
}

/** The **…** button's look and name, shared by the menu's trigger and its stand-in. */
export function RowMenuTrigger({ connection, disabled, ...props }: ComponentProps<'button'> & { connection: PrivateLinkConnection }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      aria-label={t('menu.actionsFor', { name: connection.displayName })}
      disabled={disabled || !connection.privateLinkConnectionId}
      className="inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40 aria-expanded:bg-slate-100"
      {...props}
    >
      <span aria-hidden="true" className="text-lg leading-none">
        …
      </span>
    </button>
  );
}
