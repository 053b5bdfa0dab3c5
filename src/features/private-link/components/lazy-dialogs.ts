import { lazy } from 'react';

/**
 * The dialogs (react-hook-form, the form schemas, Radix Dialog) load on demand, so the first paint
 * does not wait for them; `prefetchDialogs` fetches them when the browser is idle, so opening one
 * stays instant.
 */
const loadCreate = () => import('./create-connection-dialog');
const loadRowDialogs = () => import('./connection-dialogs');

export const LazyCreateConnectionDialog = lazy(() => loadCreate().then((m) => ({ default: m.CreateConnectionDialog })));
export const LazyConnectionDialogs = lazy(() => loadRowDialogs().then((m) => ({ default: m.ConnectionDialogs })));

export function prefetchDialogs(more: (() => Promise<unknown>)[] = []): () => void {
  const load = () => void Promise.all([loadCreate(), loadRowDialogs(), ...more.map((f) => f())]).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(load, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(load, 1500);
  return () => clearTimeout(id);
}
