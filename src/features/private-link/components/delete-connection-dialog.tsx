import { useIsMutating } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { Field, inputClass } from '@/components/ui/field';
import { useSingleFlight } from '@/lib/use-single-flight';
import { ActionError } from './action-error';
import type { PrivateLinkConnection } from '../api/contract';
import { useDeleteConnection } from '../api/delete-connection';
import { privateLinkMutationKeys } from '../api/keys';

export interface DeleteConnectionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  clusterId: string;
  connection: PrivateLinkConnection;
  onDeleted?: (deleted: PrivateLinkConnection) => void;
  returnFocusTo?: HTMLElement | null;
}

export function DeleteConnectionDialog(props: DeleteConnectionDialogProps) {
  const busy = useIsMutating({ mutationKey: privateLinkMutationKeys.delete }) > 0;
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title="Delete Private Link Connection"
      description={
        <>
          You are about to delete <span className="font-medium text-slate-900">{props.connection.displayName}</span>.
        </>
      }
      busy={busy}
      returnFocusTo={props.returnFocusTo}
    >
      {props.open && <DeleteConnectionForm {...props} />}
    </Dialog>
  );
}

function DeleteConnectionForm({ onOpenChange, clusterId, connection, onDeleted }: DeleteConnectionDialogProps) {
  const [typed, setTyped] = useState('');
  const remove = useDeleteConnection({
    onSuccess: (deleted) => {
      onOpenChange(false);
      onDeleted?.(deleted);
    },
  });
  const once = useSingleFlight();
  const busy = remove.isPending;
  const matches = typed === connection.displayName;
  const warningId = useId();

  return (
    <form
      noValidate
      aria-busy={busy}
      className="flex min-h-0 flex-1 flex-col"
      onSubmit={(e) => {
        e.preventDefault();
        if (!matches) return;
        void once(() => remove.mutateAsync({ clusterId, connectionId: connection.privateLinkConnectionId ?? '' }));
      }}
    >
      <DialogBody>
        {remove.isError && <ActionError title="The private link connection was not deleted." error={remove.error} />}
        <div id={warningId} className="space-y-1.5 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-950">
          <p className="font-medium">This cannot be undone. After deletion:</p>
          <ul className="list-disc space-y-0.5 pl-5">
            <li>dataflow services that use this connection, such as changefeeds and data migrations, can no longer reach your endpoint service;</li>
            <li>the domains attached to it are detached.</li>
          </ul>
        </div>
        <Field label={<>Type <span className="font-mono">{connection.displayName}</span> to confirm</>}>
          <input
            className={inputClass}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            readOnly={busy}
          />
        </Field>
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => onOpenChange(false)} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" disabled={busy || !matches} aria-describedby={warningId}>
          {busy ? 'Deleting…' : 'Delete'}
        </Button>
      </DialogFooter>
    </form>
  );
}
