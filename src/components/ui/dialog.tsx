import * as RadixDialog from '@radix-ui/react-dialog';
import { Activity, useState, type ReactNode } from 'react';
import { clsx } from 'clsx';
import { useI18n } from '@/lib/i18n';

export { DialogBody, DialogFooter } from './dialog-layout';

/**
 * A modal dialog: title, optional description, body and footer. Esc, the close button and a click
 * outside dismiss it, also while its request is out (the request goes on; see FormDialog).
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  wide = false,
  returnFocusTo,
  prepare = false,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  wide?: boolean;
  /**
   * Render it while closed, hidden (React's Activity), so that opening it only reveals it: its
   * effects (focus trap, scroll lock, hiding the page from screen readers) run only while it is shown.
   */
  prepare?: boolean;
  /** Where focus goes when the dialog closes (e.g. the row menu button it was opened from). */
  returnFocusTo?: HTMLElement | null;
}) {
  // The element that had focus when the dialog opened (the button that opened it), to go back to.
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const [wasOpen, setWasOpen] = useState(false);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpener(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  }
  return (
    <RadixDialog.Root open={open || prepare} onOpenChange={onOpenChange}>
      <Activity mode={open ? 'visible' : 'hidden'}>
        {/* Portalled at once (Radix would wait for an effect, which a hidden Activity does not run). */}
        <RadixDialog.Portal container={globalThis.document?.body}>
          <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
          <RadixDialog.Content
            {...(description ? {} : { 'aria-describedby': undefined })}
            className={clsx(
              // Phones and tablets: a full-width sheet from the bottom that scrolls inside; from 1024 px, centred.
              // pointer-events-auto: Radix sets body to none as the dialog mounts but styles the dialog
              // itself 'auto' only a render later; in between the dialog would ignore a click.
              'pointer-events-auto fixed inset-x-0 bottom-0 z-50 flex max-h-[calc(100dvh-1.5rem)] w-full flex-col rounded-t-xl bg-white shadow-xl focus:outline-none',
              'lg:inset-x-auto lg:top-1/2 lg:bottom-auto lg:left-1/2 lg:max-h-[90vh] lg:w-[calc(100vw-2rem)] lg:-translate-x-1/2 lg:-translate-y-1/2 lg:rounded-lg',
              wide ? 'lg:max-w-2xl' : 'lg:max-w-lg',
            )}
            onOpenAutoFocus={(e) => {
              // Focus goes in at once, though it forces a style and layout pass before the first
              // frame: deferred to after the paint, the keys a user typed right after Enter were lost.
              e.preventDefault();
              focusInitial(e.currentTarget as HTMLElement);
            }}
            onCloseAutoFocus={(e) => {
              const back = [returnFocusTo, opener].find((el) => el?.isConnected && el !== document.body);
              if (back) {
                e.preventDefault();
                back.focus();
              }
            }}
          >
            <div className="flex items-start justify-between gap-4 border-b border-slate-200 px-4 py-3 sm:px-5 sm:py-4">
              <div className="min-w-0 break-words">
                <RadixDialog.Title className="text-base font-semibold text-slate-900">
                  {title}
                </RadixDialog.Title>
                {description && (
                  <RadixDialog.Description className="mt-1 text-sm text-slate-600">
                    {description}
                  </RadixDialog.Description>
                )}
              </div>
              <DialogClose className="-mt-1 -mr-1 p-1.5" />
            </div>
            {children}
          </RadixDialog.Content>
        </RadixDialog.Portal>
      </Activity>
    </RadixDialog.Root>
  );
}

/**
 * Focuses the dialog's `[data-autofocus]` field, else its first focusable element that is not a
 * link (as Radix's FocusScope would), else the dialog itself; unless the user already put focus on
 * something inside it.
 */
function focusInitial(content: HTMLElement) {
  const now = document.activeElement;
  // (Radix focuses the dialog itself when its content changes while nothing has focus.)
  if (!content.isConnected || (now !== content && content.contains(now))) return;
  const first = content.querySelector<HTMLElement>('[data-autofocus]');
  const candidates = [...content.querySelectorAll<HTMLElement>('*')].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      el.tagName !== 'A' &&
      (el as HTMLInputElement).type !== 'hidden',
  );
  for (const el of first ? [first, ...candidates] : candidates) {
    el.focus({ preventScroll: true });
    if (document.activeElement === el) {
      if (el instanceof HTMLInputElement) el.select();
      return;
    }
  }
  content.focus({ preventScroll: true });
}

/** The × that closes a dialog or sheet, named "Close" for screen readers. */
export function DialogClose({ disabled, className }: { disabled?: boolean; className?: string }) {
  const { t } = useI18n();
  return (
    <RadixDialog.Close
      disabled={disabled}
      aria-label={t('common.close')}
      className={clsx(
        'inline-flex shrink-0 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40',
        className,
      )}
    >
      <span aria-hidden="true" className="block size-5 text-lg leading-5">
        ×
      </span>
    </RadixDialog.Close>
  );
}
