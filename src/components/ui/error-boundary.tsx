import { useState, type ReactNode } from 'react';
import { ErrorBoundary as Boundary, type FallbackProps } from 'react-error-boundary';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog-layout';
import { useI18n } from '@/lib/i18n';
import { LoadAttemptContext } from '@/lib/lazy';

/** A code chunk that did not arrive (offline, a deployment replaced it): trying again can help. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically|ChunkLoadError|Failed to fetch/i.test(
      `${error.name} ${error.message}`,
    )
  );
}

/**
 * Never a blank page: what failed to render is replaced by a message with a way back — Try again
 * (which renders it afresh: code that failed to load loads again), and Close in a dialog or Back to
 * the start on the page.
 */
export function ErrorBoundary({
  children,
  inDialog = false,
  onClose,
  resetKeys,
}: {
  children: ReactNode;
  inDialog?: boolean;
  onClose?: () => void;
  resetKeys?: unknown[];
}) {
  // Try again is a new attempt at loading code too (see LoadAttemptContext).
  const [attempt, setAttempt] = useState<object>(() => ({}));
  return (
    <Boundary
      resetKeys={resetKeys}
      onReset={() => setAttempt({})}
      fallbackRender={(props) => <Fallback {...props} inDialog={inDialog} onClose={onClose} />}
      onError={(error) => console.error('Render failed:', error)}
    >
      <LoadAttemptContext value={attempt}>{children}</LoadAttemptContext>
    </Boundary>
  );
}

function Fallback({ error, resetErrorBoundary, inDialog, onClose }: FallbackProps & { inDialog: boolean; onClose?: () => void }) {
  const { t } = useI18n();
  const message = (
    <Alert tone="error" title={t('boundary.title')}>
      {t(isChunkLoadError(error) ? 'boundary.chunk' : 'boundary.body')}
    </Alert>
  );
  const retry = (
    <Button variant="primary" onClick={resetErrorBoundary}>
      {t('boundary.retry')}
    </Button>
  );
  if (inDialog)
    return (
      <>
        <DialogBody>{message}</DialogBody>
        <DialogFooter>
          {onClose && <Button onClick={onClose}>{t('common.close')}</Button>}
          {retry}
        </DialogFooter>
      </>
    );
  return (
    <div className="space-y-3">
      {message}
      <div className="flex flex-wrap gap-2">
        {retry}
        <Button onClick={() => location.assign('/')}>{t('boundary.home')}</Button>
      </div>
    </div>
  );
}
