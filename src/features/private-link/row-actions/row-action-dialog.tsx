import type { ReactNode } from 'react';
import { FormDialog } from '@/components/ui/dialog-form';
import { WithEnglish } from '@/components/ui/with-english';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';

/** What every row-action dialog (Attach, Detach, Delete) receives. */
export interface RowActionDialogProps<T> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  clusterId: string;
  connection: PrivateLinkConnection;
  /** The row menu button it was opened from. */
  returnFocusTo?: HTMLElement | null;
  onSuccess?: (result: T) => void;
}

/** A FormDialog whose description names the connection it acts on. */
export function RowActionDialog({
  connection,
  titleKey,
  descriptionKey,
  ...dialog
}: Pick<RowActionDialogProps<unknown>, 'open' | 'onOpenChange' | 'connection' | 'returnFocusTo'> & {
  titleKey: MessageKey;
  descriptionKey: MessageKey;
  wide?: boolean;
  children: ReactNode;
}) {
  const { rich } = useI18n();
  return (
    <FormDialog
      {...dialog}
      title={<WithEnglish k={titleKey} />}
      description={rich(
        descriptionKey,
        { b: (chunk) => <span className="font-medium text-slate-900">{chunk}</span> },
        { name: connection.displayName },
      )}
    />
  );
}
