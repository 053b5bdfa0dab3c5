import { createRootRoute, createRouter, RouterContextProvider, type AnyRouter } from '@tanstack/react-router';
import { useEffect, useState, type ReactNode } from 'react';
import { parseSearch, stringifySearch, validateNetworkingSearch } from '@/app/search';

/**
 * For tests and stories that render a piece of the page, not its routes: a router on the window's
 * address (checked as the app's route checks it before its page renders, app/router.tsx), so that
 * the URL state works and follows Back and Forward as RouterProvider does.
 */
export function createTestRouter(): AnyRouter {
  const checked = stringifySearch(validateNetworkingSearch(parseSearch(location.search)));
  if (checked !== location.search) history.replaceState(history.state, '', `${location.pathname}${checked}${location.hash}`);
  return createRouter({ routeTree: createRootRoute(), parseSearch, stringifySearch });
}

export function TestRouter({ router, children }: { router?: AnyRouter; children: ReactNode }) {
  const [own] = useState(() => router ?? createTestRouter());
  useEffect(() => own.history.subscribe(() => void own.load()), [own]);
  return <RouterContextProvider router={own}>{children}</RouterContextProvider>;
}
