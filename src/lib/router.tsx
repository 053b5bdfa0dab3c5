import { useCallback, useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

import { checkedParam, FILTER_PARAMS } from './search-params';

/** A minimal history router: the console has two routes, which does not call for a routing library. */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function navigate(to: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname, () => '/');
}

/** Which parameter the current history entry was written for (see useSearchParam). */
const PARAM_ENTRY = 'plcParam';
/** An entry written by several changes at once (inOneEntry): the next change is a new entry. */
const MANY = '';

let batch: { pushed: boolean } | undefined;

/** Changes of several parameters made in `change` (Clear filters) make one history entry, not one each. */
export function inOneEntry(change: () => void): void {
  const outer = batch;
  batch = outer ?? { pushed: false };
  try {
    change();
  } finally {
    batch = outer;
  }
}

/**
 * How a change enters the history: `merge` (default) pushes an entry unless the current one was
 * written for the same parameter (typing in a filter box stays one entry); `push` always makes one
 * (each page turn can be undone with Back); `replace` never does (a correction the user did not make).
 */
export type EntryMode = 'merge' | 'push' | 'replace';

/**
 * One query parameter of the URL, as state, read through the page's address schema
 * (lib/search-params: an unknown value reads as absent and is dropped from the address). A filtered
 * view can be shared by its link, and Back undoes a filter change: a change pushes a history entry,
 * and further changes of the same parameter (typing in a filter box) update that entry. Changing a
 * filter goes back to the first page (drops `page`).
 */
export function useSearchParam(name: string): [string, (value: string, mode?: EntryMode) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => checkedParam(location.search, name) ?? new URLSearchParams(location.search).get(name) ?? '',
    () => '',
  );
  // An unusable value in the address is dropped from it, so the page and the address agree.
  const raw = useSyncExternalStore(subscribe, () => new URLSearchParams(location.search).get(name) ?? '', () => '');
  useEffect(() => {
    if (raw === value) return;
    const url = new URL(location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    history.replaceState(history.state, '', url);
    notify();
  }, [name, raw, value]);
  const set = useCallback(
    (next: string, mode: EntryMode = 'merge') => {
      const url = new URL(location.href);
      if (next) url.searchParams.set(name, next);
      else url.searchParams.delete(name);
      if (FILTER_PARAMS.includes(name)) url.searchParams.delete('page');
      if (url.href === location.href) return;
      const state = history.state as Record<string, unknown> | null;
      const same = batch ? batch.pushed : mode === 'replace' || (mode === 'merge' && state?.[PARAM_ENTRY] === name);
      if (same) history.replaceState(state, '', url);
      else {
        history.pushState({ [PARAM_ENTRY]: batch ? MANY : name }, '', url);
        if (batch) batch.pushed = true;
      }
      notify();
    },
    [name],
  );
  return [value, set];
}

export function Link({ href, onClick, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = useCallback(
    (e: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(e);
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(href);
    },
    [href, onClick],
  );
  return <a href={href} onClick={handle} {...props} />;
}

export const networkingPath = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}/settings/networking`;

export function matchNetworking(pathname: string): string | undefined {
  const m = /^\/clusters\/([^/]+)\/settings\/networking\/?$/.exec(pathname);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return undefined; // a malformed escape (`100%ZZ`): no such page, never a crash
  }
}
