import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { privateLinkConnectionSchema, type PrivateLinkConnection } from '@/contract/private-link';
import { outcomeUnknown } from './outcome-unknown';
import { getConnection } from './get-connection';
import { explainFailure, invalidateConnections } from './invalidate';
import { connectionPath, privateLinkMutationKeys } from './keys';
import { putConnection } from './put-connection';

export interface DeleteConnectionInput {
  clusterId: string;
  connectionId: string;
}

/** The Delete call as it is sent (also shown as "Copy as API request"). */
export const deleteCall = (input: DeleteConnectionInput) => ({ method: 'DELETE', path: connectionPath(input.clusterId, input.connectionId) }) as const;

export function deleteConnection(input: DeleteConnectionInput): Promise<PrivateLinkConnection> {
  return apiRequest({ ...deleteCall(input), schema: privateLinkConnectionSchema });
}

/**
 * A 409 on Delete may mean it is already being deleted (another tab, the CLI); a Delete without a
 * sure outcome (see outcomeUnknown) may have been carried out.
 * Either way, a connection now DELETING is what the user asked for: it counts as the answer. Any
 * other failure stays an error.
 */
async function alreadyDeleting(input: DeleteConnectionInput, error: unknown): Promise<PrivateLinkConnection | undefined> {
  if (!(isApiError(error) && (error.status === 409 || outcomeUnknown(error)))) return undefined;
  const now = await getConnection(input.clusterId, input.connectionId).catch(() => undefined);
  return now?.state === 'DELETING' ? now : undefined;
}

export function useDeleteConnection(options: { onSuccess?: (deleted: PrivateLinkConnection) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: privateLinkMutationKeys.delete,
    mutationFn: (input: DeleteConnectionInput) =>
      deleteConnection(input).catch(async (e: unknown) => (await alreadyDeleting(input, e)) ?? explainFailure(queryClient, e, input)),
    // The row shows the answer's state (DELETING) at once; the dialog closes and the list refreshes
    // behind it (awaited here, not by the dialog).
    onSuccess: (deleted, input) => {
      putConnection(queryClient, input.clusterId, deleted);
      options.onSuccess?.(deleted);
      return invalidateConnections(queryClient, input.clusterId, input.connectionId);
    },
  });
}
