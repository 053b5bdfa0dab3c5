import type { QueryClient } from '@tanstack/react-query';
import type { ListConnectionsResponse, PrivateLinkConnection } from '@/contract/private-link';
import { privateLinkKeys } from './keys';

/**
 * Puts a connection the API just answered with into every cached list page and its details, so the
 * row shows it at once instead of at the next list read. A row keeps its attached domains (List
 * carries none). `whole`: the answer is a Get, which replaces the details, cached or not; another
 * answer (a DELETE's DELETING) is merged into cached details, what it leaves out kept.
 */
export function putConnection(queryClient: QueryClient, clusterId: string, answer: PrivateLinkConnection, { whole = false } = {}): void {
  const id = answer.privateLinkConnectionId;
  if (!id) return;
  queryClient.setQueriesData<ListConnectionsResponse>({ queryKey: privateLinkKeys.lists(clusterId) }, (page) =>
    page && {
      ...page,
      privateLinkConnections: page.privateLinkConnections.map((c) =>
        c.privateLinkConnectionId === id ? { ...c, ...answer, attachedDomains: c.attachedDomains } : c,
      ),
    },
  );
  const detail = privateLinkKeys.detail(clusterId, id);
  if (whole) queryClient.setQueryData<PrivateLinkConnection>(detail, answer);
  else queryClient.setQueryData<PrivateLinkConnection>(detail, (old) => old && { ...old, ...answer });
}
