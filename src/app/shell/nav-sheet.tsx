import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { DialogClose } from '@/components/ui/dialog';
import { useI18n } from '@/lib/i18n';

/**
 * The navigation sheet of NavMenu (loaded on demand, with Radix Dialog): slides in from the left,
 * keeps focus inside, Escape and the overlay close it, and focus goes back to the menu button.
 */
export function NavSheet({
  open,
  onOpenChange,
  trigger,
  contentId,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: HTMLButtonElement | null;
  contentId: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <RadixDialog.Content
          id={contentId}
          aria-describedby={undefined}
          className="pointer-events-auto fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col bg-white shadow-xl focus:outline-none"
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            trigger?.focus();
          }}
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
            <RadixDialog.Title className="text-sm font-semibold text-slate-900">{t('app.menu')}</RadixDialog.Title>
            <DialogClose className="size-9" />
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-3 py-4">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
