import { useQueryClient } from '@tanstack/react-query';
import { privateLinkKeys } from '../api/keys';

/**
 * A refresh the user asked for (Refresh, Retry): the list queries on screen read once, without the
 * silent retries of a background read, so a failure shows at once. Clicks while a read is under way
 * join it (one call in flight); a background read that is already retrying is replaced by a fresh one.
 */
export function useManualRefresh(clusterId: string): () => Promise<unknown> {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      queryClient
        .getQueryCache()
        .findAll({ queryKey: privateLinkKeys.lists(clusterId), type: 'active' })
        .map(async (query) => {
          const observer = query.observers[0];
          if (!observer) return;
          if (query.state.fetchStatus === 'fetching' && query.state.fetchFailureCount > 0) await query.cancel({ silent: true });
          return queryClient.fetchQuery({ ...observer.options, retry: false, staleTime: 0 }).catch(() => undefined);
        }),
    );
}
