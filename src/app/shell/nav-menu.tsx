import { Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import { LoadBoundary, LoadFailedButton } from '@/components/ui/load-boundary';
import { lazyWithPreload, usePreloadWhenSettled } from '@/lib/lazy';
import { useI18n } from '@/lib/i18n';

/** At this width and up the navigation is a side bar; below it, this menu. */
export const WIDE_NAV_QUERY = '(min-width: 1024px)';

// The sheet (Radix Dialog) loads on hover, focus, on first use or when idle once the page's answers are in.
const LazyNavSheet = lazyWithPreload(() => import('./nav-sheet').then((m) => m.NavSheet));

/**
 * The left navigation behind a menu button on phones and tablets: a dialog sliding in from the
 * left (focus kept inside, Escape and the overlay close it, focus back on the button).
 */
export function NavMenu({ children }: { children: (close: () => void) => ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  const contentId = useId();
  usePreloadWhenSettled(LazyNavSheet.preload);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const wide = matchMedia(WIDE_NAV_QUERY);
    const onChange = () => wide.matches && setOpen(false);
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, []);
  const warm = () => void LazyNavSheet.preload().catch(() => undefined);
  return (
    <>
      <button
        ref={setTrigger}
        type="button"
        aria-label={t('app.openMenu')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? contentId : undefined}
        className="-ml-1 inline-flex size-9 shrink-0 items-center justify-center rounded-md text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white lg:hidden"
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
        </svg>
      </button>
      {mounted && (
        <LoadBoundary resetKeys={[open]} fallback={(retry) => open && <LoadFailedButton onRetry={retry} className="rounded-md px-2 py-1 text-xs text-white underline" />}>
          <Suspense fallback={null}>
            <LazyNavSheet open={open} onOpenChange={setOpen} trigger={trigger} contentId={contentId}>
              {children(() => setOpen(false))}
            </LazyNavSheet>
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
