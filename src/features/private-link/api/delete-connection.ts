import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { privateLinkConnectionSchema, type PrivateLinkConnection } from '@/contract/private-link';
import { invalidateConnections, invalidateIfGone } from './invalidate';
import { connectionPath, privateLinkMutationKeys } from './keys';

export interface DeleteConnectionInput {
  clusterId: string;
  connectionId: string;
}

export function deleteConnection(input: DeleteConnectionInput): Promise<PrivateLinkConnection> {
  return apiRequest({
    method: 'DELETE',
    path: connectionPath(input.clusterId, input.connectionId),
    schema: privateLinkConnectionSchema,
  });
}

export function useDeleteConnection(options: { onSuccess?: (deleted: PrivateLinkConnection) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: privateLinkMutationKeys.delete,
    mutationFn: deleteConnection,
    onSuccess: async (deleted, input) => {
      await invalidateConnections(queryClient, input.clusterId, input.connectionId);
      options.onSuccess?.(deleted);
    },
    onError: (error, input) => invalidateIfGone(queryClient, error, input),
  });
}
