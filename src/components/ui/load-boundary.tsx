import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary as Boundary } from 'react-error-boundary';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog-layout';
import { isChunkLoadError } from '@/components/ui/error-boundary';
import { useI18n } from '@/lib/i18n';
import { LoadAttemptContext } from '@/lib/lazy';

/**
 * Code loaded on demand that could not load (offline, a replaced deployment) is a state shown in
 * place, never a blank page: `fallback` renders it with a retry, which also runs by itself once the
 * browser is back online. A retry renders `children` afresh, as a new attempt: the code loads again. Any other
 * error goes on to the boundary above. `resetKeys`: a change tries again (a menu or dialog reopened).
 */
export function LoadBoundary({ children, fallback, resetKeys }: { children: ReactNode; fallback: (retry: () => void) => ReactNode; resetKeys?: unknown[] }) {
  const [attempt, setAttempt] = useState<object>(() => ({}));
  return (
    <Boundary
      resetKeys={resetKeys}
      onReset={() => setAttempt({})}
      fallbackRender={({ error, resetErrorBoundary }) => {
        if (!isChunkLoadError(error)) throw error;
        return <RetryWhenOnline retry={resetErrorBoundary}>{fallback(resetErrorBoundary)}</RetryWhenOnline>;
      }}
    >
      <LoadAttemptContext value={attempt}>{children}</LoadAttemptContext>
    </Boundary>
  );
}

function RetryWhenOnline({ retry, children }: { retry: () => void; children: ReactNode }) {
  useEffect(() => {
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [retry]);
  return children;
}

/** A small control in place of a piece that could not load: says so, and tries again when used. */
export function LoadFailedButton({ onRetry, className }: { onRetry: () => void; className?: string }) {
  const { t } = useI18n();
  return (
    <button type="button" onClick={onRetry} className={className ?? 'rounded-md px-2 py-1 text-xs underline focus-visible:outline-2'}>
      {t('lazy.retryButton')}
    </button>
  );
}

/**
 * In place of a dialog whose code could not load: a native modal `<dialog>` (nothing more to load)
 * with the dialog's title, what happened, Close (Escape too), Try again and Reload: a browser keeps
 * code that failed to load as failed until the page reloads, so a retry alone cannot always bring it.
 */
export function LoadFailedDialog({ title, open, onOpenChange, onRetry }: { title: string; open: boolean; onOpenChange: (open: boolean) => void; onRetry: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (open && !dialog?.open) dialog?.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => onOpenChange(false)}
      className="m-auto w-[calc(100vw-2rem)] max-w-lg rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id={titleId} className="border-b border-slate-200 px-4 py-3 text-base font-semibold text-slate-900 sm:px-5">
        {title}
      </h2>
      <DialogBody>
        <Alert tone="error">{t('lazy.dialogFailed')}</Alert>
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => onOpenChange(false)}>{t('common.close')}</Button>
        <Button onClick={() => window.location.reload()}>{t('lazy.reload')}</Button>
        <Button variant="primary" onClick={onRetry}>
          {t('boundary.retry')}
        </Button>
      </DialogFooter>
    </dialog>
  );
}
