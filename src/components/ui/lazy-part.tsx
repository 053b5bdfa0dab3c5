import { Suspense, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import { LoadBoundary, LoadFailedButton } from '@/components/ui/load-boundary';
import { lazyWithPreload, useWhenSettled } from '@/lib/lazy';

/**
 * A whole component whose code loads on demand, off the first paint's JavaScript, and its
 * `preload` (call it when the browser is idle). Until the code is there the part shows its
 * `fallback`; code that cannot load (offline) is a retry in place (a "Could not load. Try again"
 * button, or the stand-in below), tried again by itself once online, never the page's error.
 * `standIn`: for a part that is a control (a menu and its button), the same button drawn by the first
 * chunk in both places: disabled while the code loads, trying again when used after it failed. Its
 * code is asked for once the page's reads are done and the browser is idle: the first paint shows
 * the control but does not need it.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazyWithPreload(load);
  function Part({ fallback = null, standIn, ...props }: P & { fallback?: ReactNode; standIn?: (button: ComponentProps<'button'>) => ReactNode }) {
    const { t } = useI18n();
    const [asked, setAsked] = useState(() => !standIn || Lazy.isLoaded());
    if (!asked) return <AskWhenSettled onAsk={() => setAsked(true)}>{standIn?.({ disabled: true })}</AskWhenSettled>;
    return (
      <LoadBoundary
        fallback={(retry) =>
          standIn ? standIn({ onClick: retry, 'aria-description': t('lazy.retryButton') }) : <LoadFailedButton onRetry={retry} />
        }
      >
        <Suspense fallback={standIn ? standIn({ disabled: true }) : fallback}>
          <Lazy {...(props as P & ComponentProps<typeof Lazy>)} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return [Part, Lazy.preload] as const;
}

/** Calls `onAsk` once no API read is under way and the browser is idle (unmounted after: no more re-renders on reads). */
function AskWhenSettled({ onAsk, children }: { onAsk: () => void; children: ReactNode }) {
  useWhenSettled(onAsk);
  return children;
}
