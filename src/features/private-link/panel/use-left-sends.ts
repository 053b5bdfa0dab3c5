import { useMutationState, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { privateLinkMutationKeys } from '../api/keys';

export type SendAction = 'create' | 'attach' | 'detach' | 'delete';

/** A change whose dialog was closed while it was being sent, as the mutation cache has it now. */
export interface LeftSend {
  id: number;
  action: SendAction;
  name: string;
  status: 'pending' | 'error';
  error: unknown;
}

const ALL = { mutationKey: privateLinkMutationKeys.all };

/**
 * Changes whose dialog was closed while they were being sent: the request goes on, and the mutation
 * cache keeps how it ends. `leave` is called as a dialog closes; `sends` are those still out or
 * failed (a success says so through its own notice); `dismiss` forgets one.
 */
export function useLeftSends() {
  const queryClient = useQueryClient();
  const [left, setLeft] = useState<{ id: number; action: SendAction; name: string }[]>([]);
  const states = useMutationState({
    filters: ALL,
    select: (m) => ({ id: m.mutationId, status: m.state.status, error: m.state.error }),
  });
  /** `name`: the connection's; for Create, the name it sends. */
  const leave = (action: SendAction, name?: string) => {
    const out = queryClient.getMutationCache().findAll({ ...ALL, status: 'pending' });
    const named = (variables: unknown) => name ?? (variables as { displayName?: string } | undefined)?.displayName ?? '';
    setLeft((was) => [
      ...was,
      ...out.filter((m) => !was.some((l) => l.id === m.mutationId)).map((m) => ({ id: m.mutationId, action, name: named(m.state.variables) })),
    ]);
  };
  const sends = left.flatMap((l): LeftSend[] => {
    const now = states.find((s) => s.id === l.id);
    return now && (now.status === 'pending' || now.status === 'error') ? [{ ...l, status: now.status, error: now.error }] : [];
  });
  const dismiss = (id: number) => setLeft((was) => was.filter((l) => l.id !== id));
  return { sends, leave, dismiss };
}
