import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';

/** A modal dialog: title, optional description, body and footer. Esc and the close button dismiss it unless `busy`. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  busy = false,
  wide = false,
  returnFocusTo,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  busy?: boolean;
  wide?: boolean;
  /** Where focus goes when the dialog closes (e.g. the row menu button it was opened from). */
  returnFocusTo?: HTMLElement | null;
}) {
  const { t } = useI18n();
  return (
    <RadixDialog.Root open={open} onOpenChange={(next) => (busy && !next ? undefined : onOpenChange(next))}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <RadixDialog.Content
          {...(description ? {} : { 'aria-describedby': undefined })}
          className={`fixed top-1/2 left-1/2 z-50 flex max-h-[90vh] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col rounded-lg bg-white shadow-xl focus:outline-none ${wide ? 'max-w-2xl' : 'max-w-lg'}`}
          onInteractOutside={(e) => busy && e.preventDefault()}
          onCloseAutoFocus={(e) => {
            if (returnFocusTo?.isConnected) {
              e.preventDefault();
              returnFocusTo.focus();
            }
          }}
        >
          <div className="flex items-start justify-between gap-4 border-b border-slate-200 px-5 py-4">
            <div>
              <RadixDialog.Title className="text-base font-semibold text-slate-900">{title}</RadixDialog.Title>
              {description && <RadixDialog.Description className="mt-1 text-sm text-slate-600">{description}</RadixDialog.Description>}
            </div>
            <RadixDialog.Close
              disabled={busy}
              aria-label={t('common.close')}
              className="rounded p-1 text-slate-500 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40"
            >
              <span aria-hidden="true" className="block size-5 text-lg leading-5">
                ×
              </span>
            </RadixDialog.Close>
          </div>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

export function DialogBody({ children }: { children: ReactNode }) {
  return <div className="min-h-0 flex-1 space-y-4 overflow-y-auto px-5 py-4">{children}</div>;
}

export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="flex justify-end gap-2 border-t border-slate-200 px-5 py-3">{children}</div>;
}
