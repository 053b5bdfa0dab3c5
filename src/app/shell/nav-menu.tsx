import * as RadixDialog from '@radix-ui/react-dialog';
import { useEffect, useState, type ReactNode } from 'react';
import { DialogClose } from '@/components/ui/dialog';
import { useI18n } from '@/lib/i18n';

/** At this width and up the navigation is a side bar; below it, this menu. */
export const WIDE_NAV_QUERY = '(min-width: 1024px)';

/**
 * The left navigation behind a menu button on phones and tablets: a Radix dialog sliding in from
 * the left (focus kept inside, Escape and the overlay close it, focus back on the button).
 */
export function NavMenu({ children }: { children: (close: () => void) => ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const wide = matchMedia(WIDE_NAV_QUERY);
    const onChange = () => wide.matches && setOpen(false);
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, []);
  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <RadixDialog.Trigger
        aria-label={t('app.openMenu')}
        className="-ml-1 inline-flex size-9 shrink-0 items-center justify-center rounded-md text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
        </svg>
      </RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <RadixDialog.Content
          aria-describedby={undefined}
          className="pointer-events-auto fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col bg-white shadow-xl focus:outline-none"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
            <RadixDialog.Title className="text-sm font-semibold text-slate-900">{t('app.menu')}</RadixDialog.Title>
            <DialogClose className="size-9" />
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-3 py-4">{children(() => setOpen(false))}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
