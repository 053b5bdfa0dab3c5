import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf } from '@/contract/providers';
import { privateLinkKeys } from '../api/keys';
import { LIST_PAGE_SIZE, useAllConnections, useConnections } from '../api/list-connections';

const NO_ROWS: PrivateLinkConnection[] = [];

export interface ListFilters {
  /** Free text: name, ID, endpoint service or domain. */
  q: string;
  /** A connection state, filtered by the API. */
  state: string;
  /** Rows to keep, by what only the page knows (the app's usage filter); `key` names the filter. */
  match?: { key: string; test: (connection: PrivateLinkConnection) => boolean };
}

/**
 * The rows to show. Without text, the API pages (`pageSize` / `pageToken`). With text, which the
 * API cannot filter by, every page is fetched (one request per hundred connections) and filtered
 * here, then paged. Domains are matched for the connections whose attached domains are loaded
 * (List does not carry them).
 */
export function useConnectionList(clusterId: string, { q, state, match }: ListFilters) {
  const queryClient = useQueryClient();
  const text = q.trim().toLowerCase();
  // Text and `match` are applied here, on every connection; the state alone by the API.
  const clientSide = !!text || !!match;
  const filterKey = `${text}\u0000${state}\u0000${match?.key ?? ''}`;
  const [paging, setPaging] = useState({ filterKey, tokens: [] as string[], index: 0 });
  const page = paging.filterKey === filterKey ? paging : { filterKey, tokens: [] as string[], index: 0 };

  const server = useConnections(clusterId, page.tokens.at(-1), state, !clientSide);
  const all = useAllConnections(clusterId, state, clientSide);
  const query = clientSide ? all : server;

  const allRows = all.data?.privateLinkConnections;
  const matches = useMemo(
    () =>
      clientSide
        ? (allRows ?? []).filter((c) => {
            if (match && !match.test(c)) return false;
            if (!text) return true;
            const id = c.privateLinkConnectionId ?? '';
            const detail = id
              ? queryClient.getQueryData<PrivateLinkConnection>(privateLinkKeys.detail(clusterId, id))
              : undefined;
            const haystack = [
              c.displayName,
              id,
              endpointServiceOf(c)?.name ?? '',
              ...(detail?.attachedDomains ?? []).flatMap((g) => (g.domains ?? []).map((d) => d.name)),
            ];
            return haystack.some((v) => v.toLowerCase().includes(text));
          })
        : [],
    [allRows, text, match, clientSide, clusterId, queryClient],
  );
  const pageOfMatches = useMemo(
    () => matches.slice(page.index * LIST_PAGE_SIZE, (page.index + 1) * LIST_PAGE_SIZE),
    [matches, page.index],
  );

  let rows: PrivateLinkConnection[] = [];
  let total: number | undefined;
  let hasNext = false;
  let hasPrev = false;
  if (clientSide) {
    total = matches.length;
    rows = pageOfMatches;
    hasPrev = page.index > 0;
    hasNext = (page.index + 1) * LIST_PAGE_SIZE < matches.length;
  } else {
    rows = server.data?.privateLinkConnections ?? NO_ROWS;
    total = server.data?.totalSize;
    hasPrev = page.tokens.length > 0;
    hasNext = !!server.data?.nextPageToken && !server.isPlaceholderData;
  }

  return {
    query,
    rows,
    total,
    filtered: !!text || !!state || !!match,
    firstPage: !hasPrev,
    hasPrev,
    hasNext,
    next: () =>
      setPaging(
        clientSide
          ? { ...page, index: page.index + 1 }
          : {
              ...page,
              tokens: server.data?.nextPageToken ? [...page.tokens, server.data.nextPageToken] : page.tokens,
            },
      ),
    prev: () =>
      setPaging(
        clientSide
          ? { ...page, index: Math.max(0, page.index - 1) }
          : { ...page, tokens: page.tokens.slice(0, -1) },
      ),
  };
}
