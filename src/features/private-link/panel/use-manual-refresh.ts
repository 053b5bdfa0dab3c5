import { useQueryClient, type Query } from '@tanstack/react-query';
import { useRef } from 'react';
import { privateLinkKeys } from '../api/keys';

/**
 * A refresh the user asked for (Refresh, Retry): the list queries on screen read once, without the
 * silent retries of a background read, so a failure shows at once. Clicks while such a refresh is
 * under way join it (one call in flight). A background read under way is replaced by a fresh one:
 * it was sent before the click, so its answer may not show what the user just did in their cloud.
 */
export function useManualRefresh(clusterId: string): () => Promise<unknown> {
  const queryClient = useQueryClient();
  const underWay = useRef(new WeakMap<Query, Promise<unknown>>());
  const refresh = async (query: Query) => {
    const observer = query.observers[0];
    if (!observer) return;
    if (query.state.fetchStatus === 'fetching') await query.cancel({ silent: true });
    return queryClient.fetchQuery({ ...observer.options, retry: false, staleTime: 0 }).catch(() => undefined);
  };
  return () =>
    Promise.all(
      queryClient
        .getQueryCache()
        .findAll({ queryKey: privateLinkKeys.lists(clusterId), type: 'active' })
        .map((query) => {
          let read = underWay.current.get(query);
          if (!read) {
            read = refresh(query).finally(() => underWay.current.delete(query));
            underWay.current.set(query, read);
          }
          return read;
        }),
    );
}
