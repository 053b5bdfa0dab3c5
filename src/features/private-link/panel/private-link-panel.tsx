import { Suspense, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { describeError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import { useSearchParam } from '@/lib/router';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { providerForCloud } from '@/contract/providers';
import type { OpenAction } from '../row-actions/connection-dialogs';
import { ConnectionsTable } from '../list/connections-table';
import { LazyConnectionDialogs, LazyCreateConnectionDialog, prefetchDialogs } from './lazy-dialogs';
import { NextStep } from '../list/next-step';
import { ListFilter } from '../list/list-filter';
import type { RowAction } from '../row-actions/row-menu';
import { preloadRowMenu, RowMenuButton } from '../row-actions/row-menu-deferred';
import { useConnectionList } from '../list/use-connection-list';

export interface PanelCluster {
  clusterId: string;
  regionId: string;
  cloudProvider: string;
}

type Notice = { tone: 'success'; title: string; nextStepFor?: PrivateLinkConnection };

const DONE_TITLE: Record<RowAction, MessageKey> = {
  attach: 'notice.attached',
  detach: 'notice.detached',
  delete: 'notice.deleting',
};

export function PrivateLinkPanel({ cluster }: { cluster: PanelCluster }) {
  const { clusterId } = cluster;
  const { t, rich, formatNumber } = useI18n();
  const [q, setQ] = useSearchParam('q');
  const [stateFilter, setStateFilter] = useSearchParam('state');
  const {
    query: list,
    rows,
    total,
    filtered,
    firstPage,
    hasPrev,
    hasNext,
    next,
    prev,
  } = useConnectionList(clusterId, {
    q: useDeferredValue(q),
    state: stateFilter,
  });
  const [createOpen, setCreateOpen] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [openAction, setOpenAction] = useState<OpenAction>();
  const toggle = (id: string, show?: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (show ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });
  const type = providerForCloud(cluster.cloudProvider)?.type;
  const [createMounted, setCreateMounted] = useState(false);
  // Once the list is shown, fetch the dialogs' and menus' code while the browser is idle.
  const listShown = list.isSuccess;
  // Typing in the filter re-renders the panel at once; the table only when its rows change.
  const table = useMemo(
    () => (
      <ConnectionsTable
        clusterId={clusterId}
        connections={rows}
        expanded={expanded}
        onToggle={toggle}
        renderActions={(c) => (
          <RowMenuButton
            clusterId={clusterId}
            connection={c}
            onAction={(action, connection, trigger) => setOpenAction({ action, connection, trigger })}
          />
        )}
      />
    ),
    [clusterId, rows, expanded],
  );
  useEffect(() => (listShown ? prefetchDialogs([preloadRowMenu]) : undefined), [listShown]);
  const openCreate = () => {
    setCreateMounted(true);
    setCreateOpen(true);
  };

  return (
    <section
      aria-labelledby="plc-title"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h2 id="plc-title" className="text-lg font-semibold text-slate-900">
            {t('panel.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t('panel.intro')}</p>
        </div>
        <Button variant="primary" onClick={openCreate} disabled={!type}>
          {t('panel.create')}
        </Button>
      </div>
      {!type && (
        <Alert tone="warning" className="mt-4">
          {t('panel.unsupportedCloud', { cloud: cluster.cloudProvider })}
        </Alert>
      )}

      {notice && (
        <Alert
          tone={notice.tone}
          className="mt-4"
          title={notice.title}
          action={
            <Button size="sm" variant="ghost" onClick={() => setNotice(undefined)}>
              {t('common.dismiss')}
            </Button>
          }
        >
          {notice.nextStepFor && (
            <>
              {t('panel.nextStep')} <NextStep connection={notice.nextStepFor} />
            </>
          )}
        </Alert>
      )}

      <ListFilter q={q} onQChange={setQ} state={stateFilter} onStateChange={setStateFilter} />

      <div className="mt-3">
        {list.isPending ? (
          <div className="flex h-32 items-center justify-center text-sm text-slate-600">
            <Spinner label={t('panel.loading')} />
          </div>
        ) : list.isError && !list.data ? (
          <Alert
            tone="error"
            title={t('panel.loadError')}
            action={
              <Button size="sm" onClick={() => void list.refetch()} disabled={list.isFetching}>
                {list.isFetching ? t('common.retrying') : t('common.retry')}
              </Button>
            }
          >
            {describeError(list.error, '', t)}
          </Alert>
        ) : (
          <>
            {list.isError && (
              <Alert
                tone="warning"
                className="mb-3"
                title={t('panel.refreshError')}
                action={
                  <Button size="sm" onClick={() => void list.refetch()} disabled={list.isFetching}>
                    {t('common.retry')}
                  </Button>
                }
              >
                {describeError(list.error, '', t)}
              </Alert>
            )}
            {rows.length === 0 && firstPage && filtered ? (
              <div className="rounded-md border border-dashed border-slate-300 px-6 py-8 text-center text-sm text-slate-700">
                <p>{t('filter.noMatch')}</p>
                <Button
                  size="sm"
                  className="mt-3"
                  onClick={() => {
                    setQ('');
                    setStateFilter('');
                  }}
                >
                  {t('filter.clear')}
                </Button>
              </div>
            ) : rows.length === 0 && firstPage ? (
              <EmptyState>{rich('panel.emptyBody', { b: (chunk) => <strong>{chunk}</strong> })}</EmptyState>
            ) : (
              <>
                {table}
                <div className="mt-3 flex items-center justify-between text-sm text-slate-600">
                  <span>
                    {total !== undefined &&
                      (total === 1 ? t('panel.totalOne') : t('panel.total', { count: formatNumber(total) }))}
                  </span>
                  {(hasPrev || hasNext) && (
                    <nav aria-label={t('panel.pages')} className="flex gap-2">
                      <Button size="sm" disabled={!hasPrev} onClick={prev}>
                        {t('panel.previous')}
                      </Button>
                      <Button size="sm" disabled={!hasNext} onClick={next}>
                        {t('panel.next')}
                      </Button>
                    </nav>
                  )}
                </div>
              </>
            )}
          </>
        )}
      </div>

      <Suspense fallback={null}>
        {type && createMounted && (
          <LazyCreateConnectionDialog
            open={createOpen}
            onOpenChange={setCreateOpen}
            clusterId={clusterId}
            regionId={cluster.regionId}
            type={type}
            onSuccess={(created) =>
              setNotice({
                tone: 'success',
                title: t('notice.created', { name: created.displayName }),
                nextStepFor: created,
              })
            }
          />
        )}
        {openAction && (
          <LazyConnectionDialogs
            clusterId={clusterId}
            regionId={cluster.regionId}
            open={openAction}
            onClose={() => setOpenAction(undefined)}
            onDone={(action, connection) => {
              setNotice({ tone: 'success', title: t(DONE_TITLE[action], { name: connection.displayName }) });
              // Show the result where the user looks for it: the row's attached domains.
              if (action !== 'delete' && connection.privateLinkConnectionId)
                toggle(connection.privateLinkConnectionId, true);
            }}
          />
        )}
      </Suspense>
    </section>
  );
}

function EmptyState({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="rounded-md border border-dashed border-slate-300 px-6 py-10 text-center">
      <h3 className="text-base font-medium text-slate-900">{t('panel.emptyTitle')}</h3>
      <p className="mx-auto mt-1 max-w-xl text-sm text-slate-600">{children}</p>
    </div>
  );
}
