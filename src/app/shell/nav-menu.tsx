import type { ComponentProps, ReactNode } from 'react';
import { lazyPart } from '@/components/ui/lazy-part';
import { useI18n } from '@/lib/i18n';

/** At this width and up the navigation is a side bar; below it, NavMenu. */
export const WIDE_NAV_QUERY = '(min-width: 1024px)';

/** The menu, button and sheet (Radix Dialog), in its own chunk. */
const [LazyNavSheet] = lazyPart(() => import('./nav-sheet').then((m) => m.NavSheet));

/**
 * The left navigation behind a menu button on phones and tablets (nav-sheet.tsx); until its code
 * is there, the same button, not usable yet; if the code could not load, the same button, which
 * tries again.
 */
export function NavMenu({ children }: { children: (close: () => void) => ReactNode }) {
  return <LazyNavSheet standIn={(button) => <NavMenuButton {...button} />}>{children}</LazyNavSheet>;
}

/** The menu's button, shared by the sheet's trigger and its stand-in. */
export function NavMenuButton(props: ComponentProps<'button'>) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      aria-label={t('app.openMenu')}
      className="-ml-1 inline-flex size-9 shrink-0 items-center justify-center rounded-md text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white disabled:opacity-40 lg:hidden"
      {...props}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
      </svg>
    </button>
  );
}
