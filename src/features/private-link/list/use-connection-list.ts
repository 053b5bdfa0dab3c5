import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf } from '@/contract/providers';
import { privateLinkKeys } from '../api/keys';
import { LIST_PAGE_SIZE, useAllConnections, useConnections } from '../api/list-connections';
import { useTabHidden } from './use-tab-hidden';

const NO_ROWS: PrivateLinkConnection[] = [];
const NO_TOKENS: string[] = [];

/** The connections that match the text (name, ID, service or a loaded attached domain) and `match`. */
function matching(queryClient: QueryClient, clusterId: string, rows: PrivateLinkConnection[] | undefined, text: string, match: ListFilters['match']) {
  // The attached domains of the connections whose details are loaded, read once per pass (not
  // one cache lookup per connection on every key).
  const domains = text ? loadedDomains(queryClient, clusterId) : undefined;
  return (rows ?? []).filter((c) => {
    if (match && !match.test(c)) return false;
    if (!text) return true;
    if (haystackOf(c).includes(text)) return true;
    const id = c.privateLinkConnectionId;
    return !!id && !!domains?.get(id)?.some((d) => d.includes(text));
  });
}

/**
 * What the text filter reads of a connection, in lower case: name, ID and endpoint service, one
 * per line (a filter text has no line break, so it never matches across two). Made once per
 * connection object: a list answer's connections are the same objects until the next answer.
 */
const haystacks = new WeakMap<PrivateLinkConnection, string>();
function haystackOf(c: PrivateLinkConnection): string {
  let h = haystacks.get(c);
  if (h === undefined) {
    h = [c.displayName, c.privateLinkConnectionId ?? '', endpointServiceOf(c)?.name ?? ''].join('\n').toLowerCase();
    haystacks.set(c, h);
  }
  return h;
}

/** Connection ID → its attached domain names (lower case), for the connections whose details are loaded. */
function loadedDomains(queryClient: QueryClient, clusterId: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [, detail] of queryClient.getQueriesData<PrivateLinkConnection>({ queryKey: privateLinkKeys.details(clusterId) })) {
    const id = detail?.privateLinkConnectionId;
    if (id) out.set(id, (detail.attachedDomains ?? []).flatMap((g) => (g.domains ?? []).map((d) => d.name.toLowerCase())));
  }
  return out;
}

export interface ListFilters {
  /** Free text: name, ID, endpoint service or domain. */
  q: string;
  /** A connection state, filtered by the API. */
  state: string;
  /** Rows to keep, by what only the page knows (the app's usage filter); `key` names the filter. */
  match?: { key: string; test: (connection: PrivateLinkConnection) => boolean };
}

/** The page shown (1-based, kept in the address by the caller) and how to change it. */
export interface ListPaging {
  page: number;
  /** `replace` when the page asked for does not exist (past the last one). */
  onPageChange: (page: number, mode: 'push' | 'replace') => void;
}

/**
 * The rows to show. Without text, the API pages (`pageSize` / `pageToken`). With text, which the
 * API cannot filter by, every page is fetched (one request per hundred connections) and filtered
 * here, then paged. Domains are matched for the connections whose attached domains are loaded
 * (List does not carry them). A page reached by its number (a reload, a shared link) follows
 * `nextPageToken` from the first page to it, one request per page, and a page past the last one
 * becomes the last.
 */
export function useConnectionList(clusterId: string, { q, state, match }: ListFilters, { page, onPageChange }: ListPaging) {
  const queryClient = useQueryClient();
  const text = q.trim().toLowerCase();
  // Text and `match` are applied here, on every connection; the state alone by the API.
  const clientSide = !!text || !!match;
  // The API's opaque token of each page past the first that was reached (tokens[0] is page 2's).
  const [known, setKnown] = useState({ state, tokens: [] as string[] });
  const tokens = known.state === state ? known.tokens : NO_TOKENS;
  const index = page - 1;
  // Not yet known: the last known page is read to learn the next one's token.
  const walking = !clientSide && index > tokens.length;
  // Hidden or shown, the list queries re-render, so their polling interval (pollInterval) is recomputed at once.
  useTabHidden();
  const server = useConnections(clusterId, index === 0 ? undefined : tokens[Math.min(index, tokens.length) - 1], state, !clientSide);
  const all = useAllConnections(clusterId, state, clientSide);
  const query = clientSide ? all : server;

  const allRows = all.data?.privateLinkConnections;
  const matches = clientSide ? matching(queryClient, clusterId, allRows, text, match) : NO_ROWS;
  const pageOfMatches = matches.slice(index * LIST_PAGE_SIZE, (index + 1) * LIST_PAGE_SIZE);

  const answered = !!query.data && !query.isPlaceholderData;
  const nextToken = server.data?.nextPageToken;
  const lastPage = clientSide ? Math.max(1, Math.ceil(matches.length / LIST_PAGE_SIZE)) : tokens.length + 1;
  // The last known page's answer gives the next page's token (state adjusted while rendering): after
  // Next at once from the cache, and on the way to a page by its number one request at a time.
  if (answered && walking && nextToken) setKnown({ state, tokens: [...tokens, nextToken] });
  const pastTheEnd = answered && (walking ? !nextToken : clientSide) && page > lastPage;
  useEffect(() => {
    if (pastTheEnd) onPageChange(lastPage, 'replace');
  }, [pastTheEnd, lastPage, onPageChange]);

  let rows: PrivateLinkConnection[] = [];
  let total: number | undefined;
  let hasNext = false;
  let hasPrev = false;
  if (clientSide) {
    total = matches.length;
    rows = pageOfMatches;
    hasPrev = index > 0;
    hasNext = (index + 1) * LIST_PAGE_SIZE < matches.length;
  } else {
    rows = server.data?.privateLinkConnections ?? NO_ROWS;
    total = server.data?.totalSize;
    hasPrev = index > 0;
    hasNext = !!nextToken && !server.isPlaceholderData && !walking;
  }

  return {
    query,
    rows,
    total,
    filtered: !!text || !!state || !!match,
    firstPage: !hasPrev,
    hasPrev,
    hasNext,
    /** The rows shown are another page's, on the way to the one asked for. */
    walking,
    next: () => hasNext && onPageChange(page + 1, 'push'),
    prev: () => hasPrev && onPageChange(page - 1, 'push'),
  };
}
