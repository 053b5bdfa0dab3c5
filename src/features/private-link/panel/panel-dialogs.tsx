import { Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import { LoadBoundary, LoadFailedDialog } from '@/components/ui/load-boundary';
import { lazyWithPreload } from '@/lib/lazy';
import type { ConnectionType, PrivateLinkConnection } from '@/contract/private-link';
import type { ConnectionDialogsProps } from '../row-actions/connection-dialogs';

/**
 * The dialogs (react-hook-form, the form schemas, Radix Dialog) load on demand, so the first paint
 * does not wait for them; the panel preloads them once the list is shown and the browser is idle.
 */
const LazyCreateConnectionDialog = lazyWithPreload(() => import('../create/create-connection-dialog').then((m) => m.CreateConnectionDialog));
const LazyConnectionDialogs = lazyWithPreload(() => import('../row-actions/connection-dialogs').then((m) => m.ConnectionDialogs));
export const preloadDialogs = [LazyCreateConnectionDialog.preload, LazyConnectionDialogs.preload];

/** Create Private Link Connection: the button and its dialog (kept mounted after its first opening, so it can close with its animation). Its state is its own: opening it re-renders neither the panel nor the list. */
export function CreateAction({
  clusterId,
  regionId,
  type,
  onCreated,
}: {
  clusterId: string;
  regionId: string;
  type: ConnectionType;
  onCreated: (created: PrivateLinkConnection) => void;
}) {
  const { t } = useI18n();
  // undefined until Create is first opened.
  const [open, setOpen] = useState<boolean>();
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        {t('panel.create')}
      </Button>
      {open !== undefined && (
        // Its code could not load (offline): a dialog that says so; opening it again tries again.
        <LoadBoundary resetKeys={[open]} fallback={(retry) => <LoadFailedDialog title={t('create.title')} open={open} onOpenChange={setOpen} onRetry={retry} />}>
          <Suspense fallback={null}>
            <LazyCreateConnectionDialog open={open} onOpenChange={setOpen} clusterId={clusterId} regionId={regionId} type={type} onSuccess={onCreated} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}

const TITLE = { attach: 'attach.title', detach: 'detach.title', delete: 'delete.title' } as const;

/** The open row action's dialog, if any (its code loads when the first one opens). */
export function PanelDialogs(props: ConnectionDialogsProps) {
  const { t } = useI18n();
  const { open, onClose } = props;
  return (
    <LoadBoundary
      resetKeys={[open]}
      fallback={(retry) => open && <LoadFailedDialog title={t(TITLE[open.action])} open onOpenChange={(next) => !next && onClose()} onRetry={retry} />}
    >
      <Suspense fallback={null}>{open && <LazyConnectionDialogs {...props} />}</Suspense>
    </LoadBoundary>
  );
}
