import * as RadixDialog from '@radix-ui/react-dialog';
import { useEffect, useState, type ReactNode } from 'react';
import { DialogClose } from '@/components/ui/dialog';
import { useI18n } from '@/lib/i18n';
import { NavMenuButton, WIDE_NAV_QUERY } from './nav-menu';

/**
 * The navigation menu of phones and tablets (loaded on demand by NavMenu): a sheet sliding in from
 * the left, focus kept inside, Escape and the overlay close it, focus back on the button. It closes
 * when the window grows to where the side bar shows.
 */
export function NavSheet({ children }: { children: (close: () => void) => ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return; // not in every environment (jsdom)
    const wide = matchMedia(WIDE_NAV_QUERY);
    const onChange = () => wide.matches && setOpen(false);
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, []);
  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <RadixDialog.Trigger asChild>
        <NavMenuButton />
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
