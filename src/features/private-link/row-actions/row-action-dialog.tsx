import { useIsMutating, type MutationKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';

/** What every row-action dialog (Attach, Detach, Delete) receives. */
export interface RowActionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  clusterId: string;
  connection: PrivateLinkConnection;
  /** The row menu button it was opened from. */
  returnFocusTo?: HTMLElement | null;
}

/**
 * The shell of a row-action dialog: its title, a description naming the connection, and no way to
 * dismiss it while its mutation is under way. The body mounts only while open, so it starts fresh.
 */
export function RowActionDialog({
  open,
  onOpenChange,
  connection,
  returnFocusTo,
  mutationKey,
  titleKey,
  descriptionKey,
  wide,
  children,
}: Omit<RowActionDialogProps, 'clusterId'> & {
  mutationKey: MutationKey;
  titleKey: MessageKey;
  descriptionKey: MessageKey;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t, rich } = useI18n();
  const busy = useIsMutating({ mutationKey }) > 0;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t(titleKey)}
      description={rich(
        descriptionKey,
        { b: (chunk) => <span className="font-medium text-slate-900">{chunk}</span> },
        { name: connection.displayName },
      )}
      busy={busy}
      returnFocusTo={returnFocusTo}
      wide={wide}
    >
      {open && children}
    </Dialog>
  );
}
