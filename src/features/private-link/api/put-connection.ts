import type { QueryClient } from '@tanstack/react-query';
import type { ListConnectionsResponse, PrivateLinkConnection } from '@/contract/private-link';
import { privateLinkKeys } from './keys';

/**
 * Puts a connection the API just answered with (a DELETE's DELETING) into every cached list page
 * and its detail, so the row shows it at once instead of at the next list read. Merged: what the
 * answer leaves out stays as cached. ("Check now" puts a Get, which is whole: list/check-now.tsx.)
 */
export function putConnection(queryClient: QueryClient, clusterId: string, answer: PrivateLinkConnection): void {
  const id = answer.privateLinkConnectionId;
  if (!id) return;
  queryClient.setQueriesData<ListConnectionsResponse>({ queryKey: privateLinkKeys.lists(clusterId) }, (page) =>
    page && {
      ...page,
      privateLinkConnections: page.privateLinkConnections.map((c) => (c.privateLinkConnectionId === id ? { ...c, ...answer } : c)),
    },
  );
  queryClient.setQueryData<PrivateLinkConnection>(privateLinkKeys.detail(clusterId, id), (old) => old && { ...old, ...answer });
}
