import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { privateLinkConnectionSchema, type PrivateLinkConnection } from '@/contract/private-link';
import { explainFailure, invalidateConnections } from './invalidate';
import { connectionPath, privateLinkMutationKeys } from './keys';

export interface DeleteConnectionInput {
  clusterId: string;
  connectionId: string;
}

/** The Delete call as it is sent (also shown as "Copy as API request"). */
export const deleteCall = (input: DeleteConnectionInput) => ({ method: 'DELETE', path: connectionPath(input.clusterId, input.connectionId) }) as const;

export function deleteConnection(input: DeleteConnectionInput): Promise<PrivateLinkConnection> {
  return apiRequest({ ...deleteCall(input), schema: privateLinkConnectionSchema });
}

export function useDeleteConnection(options: { onSuccess?: (deleted: PrivateLinkConnection) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: privateLinkMutationKeys.delete,
    mutationFn: (input: DeleteConnectionInput) => deleteConnection(input).catch((e: unknown) => explainFailure(queryClient, e, input)),
    // The dialog closes at once; the list refreshes behind it (awaited here, not by the dialog).
    onSuccess: (deleted, input) => {
      options.onSuccess?.(deleted);
      return invalidateConnections(queryClient, input.clusterId, input.connectionId);
    },
  });
}
