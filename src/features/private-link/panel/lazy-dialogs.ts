import { preloadable } from '@/lib/preloadable';

/**
 * The dialogs (react-hook-form, the form schemas, Radix Dialog) load on demand, so the first paint
 * does not wait for them; `prefetchDialogs` fetches them once the list is shown and the browser is
 * idle, so that opening one is immediate.
 */
export const LazyCreateConnectionDialog = preloadable(() => import('../create/create-connection-dialog').then((m) => m.CreateConnectionDialog));
export const LazyConnectionDialogs = preloadable(() => import('../row-actions/connection-dialogs').then((m) => m.ConnectionDialogs));

export function prefetchDialogs(more: (() => Promise<unknown>)[] = []): () => void {
  const load = () =>
    void Promise.all([LazyCreateConnectionDialog.preload(), LazyConnectionDialogs.preload(), ...more.map((f) => f())]).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(load, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(load, 1500);
  return () => clearTimeout(id);
}
