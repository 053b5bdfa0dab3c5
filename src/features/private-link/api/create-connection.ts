import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import {
  privateLinkConnectionSchema,
  type ConnectionType,
  type CreateConnectionRequest,
  type PrivateLinkConnection,
} from '@/contract/private-link';
import { requestService } from '@/contract/providers';
import { createOnce, type UnconfirmedCreateError } from './create-outcome';
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

/** The Create call as it is sent (also shown as "Copy as API request"). */
export const createCall = (input: CreateConnectionInput) =>
  ({ method: 'POST', path: connectionsPath(input.clusterId), body: toCreateRequest(input) }) as const;

export function createConnection(input: CreateConnectionInput): Promise<PrivateLinkConnection> {
  return apiRequest({ ...createCall(input), schema: privateLinkConnectionSchema });
}

/**
 * Create, told truly (see createOnce): an unknown outcome is checked against the list, a retry
 * after one the list could not tell (`previous`, the earlier attempt) looks for it first. The dialog closes at once; the list refreshes
 * behind it (awaited here, not by the dialog); a 409 refreshes it too.
 */
export function useCreateConnection(options: { onSuccess?: (created: PrivateLinkConnection) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: privateLinkMutationKeys.create,
    mutationFn: (input: CreateConnectionInput & { previous?: UnconfirmedCreateError }) => createOnce(queryClient, input, () => createConnection(input)),
    onSuccess: (created, input) => {
      options.onSuccess?.(created);
      return invalidateConnections(queryClient, input.clusterId);
    },
    onError: (error, input) => {
      if (isApiError(error) && error.status === 409) void invalidateConnections(queryClient, input.clusterId);
    },
  });
}
