import { Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import { LoadBoundary, LoadFailedDialog } from '@/components/ui/load-boundary';
import { lazyWithPreload, useWhenSettled } from '@/lib/lazy';
import type { ConnectionType, PrivateLinkConnection } from '@/contract/private-link';
import type { ConnectionDialogsProps } from '../row-actions/connection-dialogs';

/**
 * The dialogs (react-hook-form, the form schemas, Radix Dialog) load on demand, so the first paint
 * does not wait for them; the panel preloads them once the list is shown and the browser is idle,
 * and the blank Create dialog is then rendered ahead, hidden, so that Create only reveals it.
 */
const LazyCreateConnectionDialog = lazyWithPreload(() =>
  import('../create/create-connection-dialog').then((m) => m.CreateConnectionDialog),
);
const LazyConnectionDialogs = lazyWithPreload(() =>
  import('../row-actions/connection-dialogs').then((m) => m.ConnectionDialogs),
);
export const preloadDialogs = [LazyCreateConnectionDialog.preload, LazyConnectionDialogs.preload];

/** The Create dialog's state: undefined until Create is first used, then open or closed. */
export interface CreateState {
  open: boolean;
  /** "Create again with these settings": the failed connection it starts from. */
  from?: PrivateLinkConnection;
}

/** Create Private Link Connection: the button and its dialog, blank or filled in from a failed connection. */
export function CreateAction({
  clusterId,
  regionId,
  type,
  state,
  onStateChange,
  onCreated,
}: {
  clusterId: string;
  regionId: string;
  type: ConnectionType;
  state: CreateState | undefined;
  onStateChange: (state: CreateState) => void;
  onCreated: (created: PrivateLinkConnection, from?: PrivateLinkConnection) => void;
}) {
  const { t } = useI18n();
  // Once the page's reads are done, the browser is idle and its code is here, the blank dialog renders
  // ahead, hidden (code that cannot load now is tried again, and said so, when Create is used).
  const [prepare, setPrepare] = useState(false);
  useWhenSettled(() => void LazyCreateConnectionDialog.preload().then(() => setPrepare(true), () => undefined));
  return (
    <>
      <Button variant="primary" onClick={() => onStateChange({ open: true })}>
        {t('panel.create')}
      </Button>
      {(state !== undefined || prepare) && (
        // Its code could not load (offline): a dialog that says so; opening it again tries again.
        <LoadBoundary
          resetKeys={[state?.open]}
          fallback={(retry) => (
            <LoadFailedDialog
              title={t('create.title')}
              open={state?.open ?? false}
              onOpenChange={(open) => onStateChange({ ...state, open })}
              onRetry={retry}
            />
          )}
        >
          <Suspense fallback={null}>
            <LazyCreateConnectionDialog
              key={state?.from?.privateLinkConnectionId ?? ''}
              open={state?.open ?? false}
              prepare={prepare && !state?.from}
              onOpenChange={(open) => onStateChange({ ...state, open })}
              clusterId={clusterId}
              regionId={regionId}
              type={type}
              from={state?.from}
              onSuccess={(created) => onCreated(created, state?.from)}
            />
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
      fallback={(retry) =>
        open && (
          <LoadFailedDialog
            title={t(TITLE[open.action])}
            open
            onOpenChange={(next) => !next && onClose(open)}
            onRetry={retry}
          />
        )
      }
    >
      <Suspense fallback={null}>{open && <LazyConnectionDialogs {...props} />}</Suspense>
    </LoadBoundary>
  );
}
