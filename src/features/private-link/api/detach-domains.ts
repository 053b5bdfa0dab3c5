import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { attachDomainSchema, type AttachDomain, type DetachDomainsRequest } from '@/contract/private-link';
import { explainFailure, invalidateConnections } from './invalidate';
import { connectionPath, privateLinkMutationKeys } from './keys';

export interface DetachDomainsInput {
  clusterId: string;
  connectionId: string;
  attachDomainId: string;
}

/** The Detach Domains call as it is sent (also shown as "Copy as API request"). */
export function detachCall(input: DetachDomainsInput) {
  const body: DetachDomainsRequest = { attachDomainId: input.attachDomainId };
  return { method: 'POST', path: `${connectionPath(input.clusterId, input.connectionId)}:detachDomains`, body } as const;
}

export function detachDomains(input: DetachDomainsInput): Promise<AttachDomain> {
  return apiRequest({ ...detachCall(input), schema: attachDomainSchema });
}

export function useDetachDomains(options: { onSuccess?: (detached: AttachDomain) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: privateLinkMutationKeys.detach,
    mutationFn: (input: DetachDomainsInput) => detachDomains(input).catch((e: unknown) => explainFailure(queryClient, e, input, 'domain')),
    // The dialog closes at once; the list refreshes behind it (awaited here, not by the dialog).
    onSuccess: (detached, input) => {
      options.onSuccess?.(detached);
      return invalidateConnections(queryClient, input.clusterId, input.connectionId);
    },
  });
}
