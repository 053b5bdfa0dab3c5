import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { MenuSurfaceProps } from '@/components/ui/menu-button';
import { MenuSurface } from '@/components/ui/menu-surface';
import { cn } from '@/lib/cn';
import { afterNextPaint } from '@/lib/lazy';
import { useI18n, type Translate } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { useConnection } from '../api/get-connection';
import { stateLabel } from '../labels';

export type RowAction = 'attach' | 'detach' | 'delete';

/** Why an action is not available for a connection in `state` (undefined: it is). */
function stateReason(state: string | undefined, t: Translate): string | undefined {
  switch (state) {
    case 'ACTIVE':
      return undefined;
    case 'DELETING':
      return t('menu.reason.deleting');
    case 'FAILED':
      return t('menu.reason.failed');
    case 'CREATING':
    case 'PENDING_ACCEPTANCE':
      return t('menu.reason.notActive');
    default:
      return t('menu.reason.otherState', { state: stateLabel(t, state) });
  }
}

export interface RowMenuProps {
  clusterId: string;
  connection: PrivateLinkConnection;
  onAction: (action: RowAction, connection: PrivateLinkConnection, trigger: HTMLElement | null) => void;
}

/** The row's menu (loaded on demand by RowMenuButton): each action, or why it is not available. */
export function RowMenu({ clusterId, connection, onAction, ...surface }: RowMenuProps & MenuSurfaceProps) {
  const { t } = useI18n();
  const { open, trigger } = surface;
  const id = connection.privateLinkConnectionId ?? '';
  const active = connection.state === 'ACTIVE';
  // List does not carry attached domains: ask Get when the menu of an active connection opens.
  const detail = useConnection(clusterId, id, open && active && !!id);
  const attachedCount = detail.data?.attachedDomains?.length;

  const attachReason = stateReason(connection.state, t);
  const detachReason =
    attachReason ??
    (detail.isPending
      ? t('menu.reason.checking')
      : attachedCount === 0
        ? t('menu.reason.noDomains')
        : undefined);
  const deleteReason = connection.state === 'DELETING' ? t('menu.reason.alreadyDeleting') : undefined;

  const items: { action: RowAction; label: MessageKey; reason: string | undefined; danger?: boolean }[] = [
    { action: 'attach', label: 'menu.attach', reason: attachReason },
    { action: 'detach', label: 'menu.detach', reason: detachReason },
    { action: 'delete', label: 'menu.delete', reason: deleteReason, danger: true },
  ];

  return (
    <MenuSurface {...surface} align="end" sideOffset={4} className="z-30 w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
      {items.map(({ action, label, reason, danger }) => (
        <DropdownMenu.Item
          key={action}
          // Unavailable items stay focusable and say why (WAI-ARIA menu pattern), but do nothing.
          aria-disabled={reason ? true : undefined}
          onSelect={(e) => {
            if (reason) return e.preventDefault();
            // The menu closes in this frame, the dialog opens in the next: one commit doing both
            // would restyle the whole page twice before anything shows.
            afterNextPaint(() => onAction(action, connection, trigger));
          }}
          className={cn(
            'flex cursor-pointer flex-col rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100',
            reason ? 'cursor-not-allowed text-slate-500' : danger ? 'text-red-700' : 'text-slate-900',
          )}
        >
          <span className="font-medium">{t(label)}</span>
          {reason && <span className="text-xs text-slate-600">{reason}</span>}
        </DropdownMenu.Item>
      ))}
    </MenuSurface>
  );
}
