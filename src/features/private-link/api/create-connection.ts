import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import {
  privateLinkConnectionSchema,
  type ConnectionType,
  type CreateConnectionRequest,
  type PrivateLinkConnection,
} from '@/contract/private-link';
import { invalidateConnections } from './invalidate';
import { connectionsPath, privateLinkMutationKeys } from './keys';

export interface CreateConnectionInput {
  clusterId: string;
  displayName: string;
  type: ConnectionType;
  endpointServiceName: string;
  /** AWS only: the endpoint service's region when it is not the cluster's (`awsEndpointService.region`). */
  endpointServiceRegion?: string;
}

export function toCreateRequest(input: CreateConnectionInput): CreateConnectionRequest {
  return {
    privateLinkConnection: {
      clusterId: input.clusterId,
      displayName: input.displayName,
      type: input.type,
      ...(input.type === 'AWS_ENDPOINT_SERVICE'
        ? {
            awsEndpointService: {
              name: input.endpointServiceName,
              ...(input.endpointServiceRegion ? { region: input.endpointServiceRegion } : {}),
            },
          }
        : { alicloudEndpointService: { name: input.endpointServiceName } }),
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
