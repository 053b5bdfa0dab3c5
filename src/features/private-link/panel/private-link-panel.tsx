import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { WithEnglish } from '@/components/ui/with-english';
import { useI18n } from '@/lib/i18n';
import { markContentShown, preloadWhenIdle } from '@/lib/lazy';
import { inOneEntry, useSearchParam } from '@/lib/router';
import { pageOf } from '@/lib/search-params';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { providerForCloud } from '@/contract/providers';
import { LIST_PAGE_SIZE } from '../api/list-connections';
import { ConnectionsTable } from '../list/connections-table';
import { ListFilter } from '../list/list-filter';
import { useConnectionList } from '../list/use-connection-list';
import { useUsageSlots } from '../shared/usage-slots';
import type { OpenAction } from '../row-actions/connection-dialogs';
import type { RowAction } from '../row-actions/row-menu';
import { preloadRowMenu, RowMenuButton } from '../row-actions/row-menu-button';
import { ConnectionsBody } from './connections-body';
import { liveNotice, NoticeAlert, type Notice } from './notice';
import { Pager } from './pager';
import { LearnMoreLink, RefreshBar } from './refresh-bar';
import { CreateAction, PanelDialogs, preloadDialogs } from './panel-dialogs';
import { useExpanded } from './use-expanded';
import { useManualRefresh } from './use-manual-refresh';

export interface PanelCluster {
  clusterId: string;
  regionId: string;
  cloudProvider: string;
}

const about = (c: PrivateLinkConnection, states: readonly string[]) => (c.privateLinkConnectionId ? { id: c.privateLinkConnectionId, states } : undefined);

const DONE_TITLE: Record<RowAction, MessageKey> = {
  attach: 'notice.attached',
  detach: 'notice.detached',
  delete: 'notice.deleting',
};

/** Settings › Networking › Private Link Connection For Dataflow: the list, its filters and its dialogs. */
export function PrivateLinkPanel({ cluster }: { cluster: PanelCluster }) {
  const { clusterId } = cluster;
  const { t } = useI18n();
  const [q, setQ] = useSearchParam('q');
  const [stateFilter, setStateFilter] = useSearchParam('state');
  // The app's usage filter (see UsageSlots), if any, beside State.
  const usageFilter = useUsageSlots()?.filter;
  const [pageParam, setPageParam] = useSearchParam('page');
  const page = pageOf(pageParam);
  const onPageChange = useCallback((to: number, mode: 'push' | 'replace') => setPageParam(to > 1 ? String(to) : '', mode), [setPageParam]);
  const { query: list, rows, total, filtered, firstPage, hasPrev, hasNext, walking, next, prev } = useConnectionList(
    clusterId,
    { q: useDeferredValue(q), state: stateFilter, match: usageFilter?.match },
    { page, onPageChange },
  );
  // Refresh and Retry read once and fail fast (see useManualRefresh).
  const refresh = useManualRefresh(clusterId);
  const manual = { ...list, refetch: refresh };
  const loadingPage = !!list.isPlaceholderData || walking;
  const noMatch = rows.length === 0 && firstPage && filtered && !list.isPending && !(list.isError && !list.data);
  const [notice, setNotice] = useState<Notice>();
  const shownNotice = liveNotice(notice, rows, { loading: list.isFetching, filtered });
  const [openAction, setOpenAction] = useState<OpenAction>();
  const { expanded, toggle } = useExpanded();
  const onCreated = useCallback(
    (created: PrivateLinkConnection) =>
      setNotice({ title: t('notice.created', { name: created.displayName }), nextStepFor: created, about: about(created, ['CREATING', 'PENDING_ACCEPTANCE']) }),
    [t],
  );
  const type = providerForCloud(cluster.cloudProvider)?.type;
  // Once the list is shown, fetch the dialogs' and menus' code while the browser is idle.
  const listShown = list.isSuccess;
  useEffect(() => {
    if (!listShown) return;
    markContentShown(); // the shell's menus may load now too
    return preloadWhenIdle(...preloadDialogs, preloadRowMenu);
  }, [listShown]);
  // The same for every row (rows are memoised: a row re-renders only when its connection changes).
  const renderActions = useCallback(
    (c: PrivateLinkConnection) => (
      <RowMenuButton clusterId={clusterId} connection={c} onAction={(action, connection, trigger) => setOpenAction({ action, connection, trigger })} />
    ),
    [clusterId],
  );
  // Typing in the filter re-renders the panel at once; the table only when its rows change.
  const table = useMemo(
    () => <ConnectionsTable clusterId={clusterId} connections={rows} expanded={expanded} onToggle={toggle} renderActions={renderActions} />,
    [clusterId, rows, expanded, toggle, renderActions],
  );

  return (
    <section aria-labelledby="plc-title" className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h2 id="plc-title" className="text-lg font-semibold text-slate-900">
            <WithEnglish k="panel.title" className="text-base font-normal text-slate-600" />
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {t('panel.intro')} <LearnMoreLink />
          </p>
        </div>
        {/* A cloud with no private link connection type here (GCP, Azure): no Create that cannot work. */}
        {type && <CreateAction clusterId={clusterId} regionId={cluster.regionId} type={type} onCreated={onCreated} />}
      </div>
      {!type && (
        <Alert tone="warning" className="mt-4">
          {t('panel.unsupportedCloud', { cloud: cluster.cloudProvider })}
        </Alert>
      )}
      {shownNotice && <NoticeAlert notice={shownNotice} onDismiss={() => setNotice(undefined)} />}

      <ListFilter q={q} onQChange={setQ} state={stateFilter} onStateChange={setStateFilter} extra={usageFilter?.control} />

      <div className="mt-3">
        <RefreshBar list={manual} />
        <ConnectionsBody
          list={manual}
          stale={loadingPage}
          empty={rows.length === 0 && firstPage}
          filtered={filtered}
          onClearFilters={() =>
            // One history entry: Back brings every filter back at once.
            inOneEntry(() => {
              setQ('');
              setStateFilter('');
              usageFilter?.clear();
            })
          }
        >
          {table}
        </ConnectionsBody>
        <Pager
          total={list.data ? total : undefined}
          noMatch={noMatch}
          showNav={!!list.data && (page > 1 || hasNext || (total ?? 0) > LIST_PAGE_SIZE)}
          hasPrev={hasPrev}
          hasNext={hasNext}
          loading={loadingPage || list.isPending}
          onPrev={prev}
          onNext={next}
          page={page}
          pages={total ? Math.ceil(total / LIST_PAGE_SIZE) : undefined}
        />
      </div>

      <PanelDialogs
        clusterId={clusterId}
        regionId={cluster.regionId}
        open={openAction}
        onClose={() => setOpenAction(undefined)}
        onDone={(action, connection, domains) => {
          // Attach names what it attached (its answer's domains).
          const title = domains?.length ? t('notice.attachedDomains', { name: connection.displayName, domains: domains.join(', ') }) : t(DONE_TITLE[action], { name: connection.displayName });
          setNotice({ title, about: action === 'delete' ? about(connection, ['DELETING']) : undefined });
          // Show the result where the user looks for it: the row's attached domains.
          if (action !== 'delete' && connection.privateLinkConnectionId) toggle(connection.privateLinkConnectionId, true);
        }}
      />
    </section>
  );
}
