import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { attachDomainSchema, type AttachDomain, type AttachDomainsRequest, type DomainType, type PrivateLinkConnection } from '@/contract/private-link';
import { outcomeUnknown } from './outcome-unknown';
import { getConnection } from './get-connection';
import { explainFailure, invalidateConnections } from './invalidate';
import { connectionPath, privateLinkKeys, privateLinkMutationKeys } from './keys';

export interface AttachDomainsInput {
  clusterId: string;
  connectionId: string;
  type: DomainType;
  uniqueName: string;
  validateOnly?: boolean;
}

/** The Attach Domains call as it is sent (also shown as "Copy as API request"). */
export function attachCall(input: AttachDomainsInput) {
  const body: AttachDomainsRequest = {
    attachDomain: { type: input.type, uniqueName: input.uniqueName },
    validateOnly: input.validateOnly ?? false,
  };
  return { method: 'POST', path: `${connectionPath(input.clusterId, input.connectionId)}:attachDomains`, body } as const;
}

export function attachDomains(input: AttachDomainsInput, signal?: AbortSignal): Promise<AttachDomain> {
  return apiRequest({ ...attachCall(input), schema: attachDomainSchema, signal });
}

/**
 * The dry run of a generated domain type (TiDB Cloud Managed; `validateOnly: true`, empty unique
 * name): the domains that would be generated and their unique name. Nothing is attached.
 */
export const managedDomainsPreviewOptions = (clusterId: string, connectionId: string, type: DomainType) =>
  queryOptions({
    queryKey: [...privateLinkKeys.detail(clusterId, connectionId), 'attach-preview', type] as const,
    // No abort signal, as every read (see createQueryClient).
    queryFn: () => attachDomains({ clusterId, connectionId, type, uniqueName: '', validateOnly: true }),
    staleTime: Infinity,
    gcTime: 0,
  });

export function useManagedDomainsPreview(clusterId: string, connectionId: string, type: DomainType, enabled: boolean) {
  return useQuery({ ...managedDomainsPreviewOptions(clusterId, connectionId, type), enabled });
}

/**
 * The group an Attach without a sure outcome (see outcomeUnknown) attached, if the connection now has
 * exactly one of its type and unique name that was not among `before` (its details when it was sent).
 */
async function landedGroup(input: AttachDomainsInput, before: readonly AttachDomain[]): Promise<AttachDomain | undefined> {
  const now = await getConnection(input.clusterId, input.connectionId).catch(() => undefined);
  const known = new Set(before.map((g) => g.attachDomainId));
  const landed = (now?.attachedDomains ?? []).filter(
    (g) => g.type === input.type && g.uniqueName === input.uniqueName && !known.has(g.attachDomainId),
  );
  return landed.length === 1 ? landed[0] : undefined;
}

export function useAttachDomains(options: { onSuccess?: (attached: AttachDomain) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: privateLinkMutationKeys.attach,
    // An answer lost after the work counts as done when the new group is there: attaching again
    // would add a second one. Without the details from before the send, it cannot be told.
    mutationFn: async (input: AttachDomainsInput) => {
      const before = queryClient.getQueryData<PrivateLinkConnection>(privateLinkKeys.detail(input.clusterId, input.connectionId))?.attachedDomains;
      try {
        return await attachDomains({ ...input, validateOnly: false });
      } catch (e) {
        const landed = before && outcomeUnknown(e) ? await landedGroup(input, before) : undefined;
        return landed ?? explainFailure(queryClient, e, input);
      }
    },
    // The dialog closes at once; the list refreshes behind it (awaited here, not by the dialog).
    onSuccess: (attached, input) => {
      options.onSuccess?.(attached);
      return invalidateConnections(queryClient, input.clusterId, input.connectionId);
    },
  });
}
