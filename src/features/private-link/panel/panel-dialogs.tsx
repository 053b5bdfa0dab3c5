import { Suspense } from 'react';
import { lazyWithPreload } from '@/lib/lazy';
import type { ConnectionType, PrivateLinkConnection } from '@/contract/private-link';
import type { OpenAction } from '../row-actions/connection-dialogs';
import type { RowAction } from '../row-actions/row-menu';

/**
 * The dialogs (react-hook-form, the form schemas, Radix Dialog) load on demand, so the first paint
 * does not wait for them; the panel preloads them once the list is shown and the browser is idle.
 */
const LazyCreateConnectionDialog = lazyWithPreload(() => import('../create/create-connection-dialog').then((m) => m.CreateConnectionDialog));
const LazyConnectionDialogs = lazyWithPreload(() => import('../row-actions/connection-dialogs').then((m) => m.ConnectionDialogs));
export const preloadDialogs = [LazyCreateConnectionDialog.preload, LazyConnectionDialogs.preload];

/** Create (kept mounted after its first opening, so it can close with its animation) and the open row action, if any. */
export function PanelDialogs({
  clusterId,
  regionId,
  type,
  create,
  onCreateOpenChange,
  onCreated,
  action,
  onActionClose,
  onActionDone,
}: {
  clusterId: string;
  regionId: string;
  type: ConnectionType | undefined;
  /** undefined until Create is first opened. */
  create: boolean | undefined;
  onCreateOpenChange: (open: boolean) => void;
  onCreated: (created: PrivateLinkConnection) => void;
  action: OpenAction | undefined;
  onActionClose: () => void;
  onActionDone: (action: RowAction, connection: PrivateLinkConnection) => void;
}) {
  return (
    <Suspense fallback={null}>
      {type && create !== undefined && (
        <LazyCreateConnectionDialog
          open={create}
          onOpenChange={onCreateOpenChange}
          clusterId={clusterId}
          regionId={regionId}
          type={type}
          onSuccess={onCreated}
        />
      )}
      {action && (
        <LazyConnectionDialogs clusterId={clusterId} regionId={regionId} open={action} onClose={onActionClose} onDone={onActionDone} />
      )}
    </Suspense>
  );
}
