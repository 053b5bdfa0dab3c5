import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import {
  privateLinkConnectionSchema,
  type ConnectionType,
  type CreateConnectionRequest,
  type PrivateLinkConnection,
} from '@/contract/private-link';
import { requestService } from '@/contract/providers';
import { invalidateConnections } from './invalidate';
import { connectionsPath, privateLinkMutationKeys } from './keys';

export interface CreateConnectionInput {
  clusterId: string;
  displayName: string;
  type: ConnectionType;
  endpointServiceName: string;
  /** Where the provider allows it (AWS): the endpoint service's region when it is not the cluster's. */
  endpointServiceRegion?: string;
}

export function toCreateRequest(input: CreateConnectionInput): CreateConnectionRequest {
  return {
    privateLinkConnection: {
      clusterId: input.clusterId,
      displayName: input.displayName,
      type: input.type,
      ...requestService(input.type, input.endpointServiceName, input.endpointServiceRegion),
    },
  };
}

export function createConnection(input: CreateConnectionInput): Promise<PrivateLinkConnection> {
  return apiRequest({
    method: 'POST',
    path: connectionsPath(input.clusterId),
    body: toCreateRequest(input),
    schema: privateLinkConnectionSchema,
  });
}

export function useCreateConnection(options: { onSuccess?: (created: PrivateLinkConnection) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: privateLinkMutationKeys.create,
    mutationFn: createConnection,
    onSuccess: async (created, input) => {
      await invalidateConnections(queryClient, input.clusterId);
      options.onSuccess?.(created);
    },
  });
}
