import type { PrivateLinkConnection } from '@/contract/private-link';
import { AttachDomainsDialog } from './attach-domains-dialog';
import { DeleteConnectionDialog } from './delete-connection-dialog';
import { DetachDomainsDialog } from './detach-domains-dialog';
import type { RowAction } from './row-menu';

export interface OpenAction {
  action: RowAction;
  connection: PrivateLinkConnection;
  trigger: HTMLElement | null;
}

export interface ConnectionDialogsProps {
  clusterId: string;
  regionId: string;
  open: OpenAction | undefined;
  /** Closes `action`'s dialog (if it is still the one open: a change that ends after its dialog was left closes nothing else). */
  onClose: (action: OpenAction) => void;
  /** `domains`: the names an Attach attached (from its answer). */
  onDone: (action: RowAction, connection: PrivateLinkConnection, domains?: string[]) => void;
}

/** The one row-action dialog that is open, if any. */
export function ConnectionDialogs({ clusterId, regionId, open, onClose, onDone }: ConnectionDialogsProps) {
  if (!open) return null;
  const common = {
    open: true,
    onOpenChange: (next: boolean) => !next && onClose(open),
    clusterId,
    connection: open.connection,
    returnFocusTo: open.trigger,
  };
  const done = () => onDone(open.action, open.connection);
  switch (open.action) {
    case 'attach':
      return <AttachDomainsDialog {...common} regionId={regionId} onSuccess={(a) => onDone('attach', open.connection, (a.domains ?? []).map((d) => d.name))} />;
    case 'detach':
      return <DetachDomainsDialog {...common} onSuccess={done} />;
    case 'delete':
      return <DeleteConnectionDialog {...common} onSuccess={done} />;
  }
}
