import { Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
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
        <Suspense fallback={null}>
          <LazyCreateConnectionDialog open={open} onOpenChange={setOpen} clusterId={clusterId} regionId={regionId} type={type} onSuccess={onCreated} />
        </Suspense>
      )}
    </>
  );
}

/** The open row action's dialog, if any (its code loads when the first one opens). */
export function PanelDialogs(props: ConnectionDialogsProps) {
  return <Suspense fallback={null}>{props.open && <LazyConnectionDialogs {...props} />}</Suspense>;
}
