import { useId, useRef, useState } from 'react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { clsx } from 'clsx';
import { afterNextPaint } from '@/lib/lazy';
import { useI18n, type Translate } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { useConnection } from '../api/get-connection';
import { stateLabel } from '../labels';
import { RowMenuTrigger } from './row-menu-button';

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

/** The row's **…** button and menu (loaded on demand by RowMenuButton): each action, or why it is not available. */
export function RowMenu({
  clusterId,
  connection,
  onAction,
  defaultOpen = false,
}: RowMenuProps & { defaultOpen?: boolean }) {
  const { t, plural } = useI18n();
  const [open, setOpen] = useState(defaultOpen);
  const itemId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const id = connection.privateLinkConnectionId ?? '';
  const active = connection.state === 'ACTIVE';
  // List does not carry attached domains: ask Get when the menu of an active connection opens.
  const detail = useConnection(clusterId, id, open && active && !!id);
  const attached = detail.data?.attachedDomains;
  const attachedCount = attached?.length;
  // Domain names across the attachments (one at least for an attachment that does not list them).
  const domainCount = attached?.reduce((n, a) => n + Math.max(a.domains?.length ?? 0, 1), 0);

  const attachReason = stateReason(connection.state, t);
  const detachReason =
    attachReason ??
    (detail.isPending
      ? t('menu.reason.checking')
      : attachedCount === 0
        ? t('menu.reason.noDomains')
        : undefined);
  // What Get found, under an available Detach: its line stays while the check runs and after, so
  // the items below it do not move under the pointer when Get answers.
  const detachHint = detachReason
    ? undefined
    : domainCount !== undefined
      ? plural(domainCount, { one: 'menu.hint.domainsOne', other: 'menu.hint.domains' })
      : t('menu.hint.checkFailed');
  const deleteReason = connection.state === 'DELETING' ? t('menu.reason.alreadyDeleting') : undefined;

  const items: { action: RowAction; label: MessageKey; reason?: string; hint?: string; danger?: boolean }[] = [
    { action: 'attach', label: 'menu.attach', reason: attachReason },
    { action: 'detach', label: 'menu.detach', reason: detachReason, hint: detachHint },
    { action: 'delete', label: 'menu.delete', reason: deleteReason, danger: true },
  ];

  return (
    // Not modal: a dialog opened from an item must not inherit the menu's pointer-events lock.
    <DropdownMenu open={open} onOpenChange={setOpen} modal={false}>
      <DropdownMenuTrigger asChild>
        <RowMenuTrigger ref={trigger} connection={connection} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" sideOffset={4} className="z-30 w-64">
        {items.map(({ action, label, reason, hint, danger }) => (
          <DropdownMenuItem
            key={action}
            // Named by the action alone; why it is unavailable, or what Get found, is its description.
            aria-labelledby={`${itemId}-${action}`}
            aria-describedby={reason || hint ? `${itemId}-${action}-note` : undefined}
            // Unavailable items stay focusable and say why (WAI-ARIA menu pattern), but do nothing.
            aria-disabled={reason ? true : undefined}
            onSelect={(e) => {
              if (reason) return e.preventDefault();
              // The menu closes in this frame, the dialog opens in the next: one commit doing both
              // would restyle the whole page twice before anything shows.
              afterNextPaint(() => onAction(action, connection, trigger.current));
            }}
            className={clsx(
              'data-[highlighted]:bg-slate-100',
              reason ? 'cursor-not-allowed text-slate-500' : danger ? 'text-red-700' : 'text-slate-900',
            )}
          >
            <span id={`${itemId}-${action}`} className="font-medium">
              {t(label)}
            </span>
            {(reason || hint) && (
              <span id={`${itemId}-${action}-note`} className="text-xs text-slate-600">
                {reason ?? hint}
              </span>
            )}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
