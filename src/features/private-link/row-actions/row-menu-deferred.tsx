import { deferred, triggerActivation } from '@/components/ui/deferred';
import { useI18n } from '@/lib/i18n';
import type { RowMenuProps } from './row-menu';
import { rowMenuTriggerClass } from './row-menu-trigger';

const DeferredRowMenu = deferred<RowMenuProps>(() => import('./row-menu').then((m) => m.RowMenu));
export const preloadRowMenu = DeferredRowMenu.preload;

/** The row's **…** menu; Radix loads on first use (or when the browser is idle). */
export function RowMenuButton(props: RowMenuProps) {
  const { t } = useI18n();
  return (
    <DeferredRowMenu
      {...props}
      placeholder={(activate) => (
        <button
          type="button"
          aria-label={t('menu.actionsFor', { name: props.connection.displayName })}
          disabled={!props.connection.privateLinkConnectionId}
          className={rowMenuTriggerClass}
          {...triggerActivation(activate)}
        >
          <span aria-hidden="true" className="text-lg leading-none">
            …
          </span>
        </button>
      )}
    />
  );
}
