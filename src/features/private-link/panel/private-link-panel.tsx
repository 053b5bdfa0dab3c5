import { useDeferredValue, useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { WithEnglish } from '@/components/ui/with-english';
import { useI18n } from '@/lib/i18n';
import { preloadWhenIdle } from '@/lib/lazy';
import { useSearchState } from '@/lib/search-state';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { providerForCloud } from '@/contract/providers';
import { LIST_PAGE_SIZE } from '../api/list-connections';
import { supportedClouds } from '../providers';
import { ConnectionsTable } from '../list/connections-table';
import { preloadConnectionDetails, preloadRowGuidance } from '../list/lazy-parts';
import { ListFilter } from '../list/list-filter';
import { useConnectionList } from '../list/use-connection-list';
import { useUsageFilter } from '../shared/usage-slots';
import type { OpenAction } from '../row-actions/connection-dialogs';
import type { RowAction } from '../row-actions/row-menu';
import { RowMenuButton } from '../row-actions/row-menu-button';
import { ConnectionsBody } from './connections-body';
import { liveNotice, NoticeAlert, type Notice } from './notice';
import { Pager } from './pager';
import { LearnMoreLink, RefreshBar } from './refresh-bar';
import { CreateAction, PanelDialogs, preloadDialogs, type CreateState } from './panel-dialogs';
import { useExpanded } from './use-expanded';
import { useStateWatch } from './use-state-watch';
import { LeftSendNotice, NotifyToggle, preloadPanelParts, ReplaceOffer, StateChangesAlert } from './lazy-panel-parts';
import { useLeftSends } from './use-left-sends';
import { useManualRefresh } from './use-manual-refresh';

export interface PanelCluster {
  clusterId: string;
  regionId: string;
  cloudProvider: string;
}

const about = (c: PrivateLinkConnection, states: readonly string[]) =>
  c.privateLinkConnectionId ? { id: c.privateLinkConnectionId, states } : undefined;

const DONE_TITLE: Record<RowAction, MessageKey> = {
  attach: 'notice.attached',
  detach: 'notice.detached',
  delete: 'notice.deleting',
};

/** Settings › Networking › Private Link Connection For Dataflow: the list, its filters and its dialogs. */
export function PrivateLinkPanel({ cluster }: { cluster: PanelCluster }) {
  const { clusterId } = cluster;
  const { t, lang } = useI18n();
  // The filters and the page live in the address (`q`, `state`, `page`, checked by the app's route);
  // a filter change goes back to the first page.
  const [search, setSearch] = useSearchState();
  const text = (name: string) => (typeof search[name] === 'string' ? (search[name] as string) : '');
  const q = text('q');
  const stateFilter = text('state');
  const setQ = (v: string) => setSearch({ q: v || undefined, page: undefined });
  const setStateFilter = (v: string) => setSearch({ state: v || undefined, page: undefined });
  // The app's usage filter (see UsageFilterSlot), if any, beside State.
  const usageFilter = useUsageFilter();
  const page = Number(search.page) || 1;
  const onPageChange = (to: number, mode: 'push' | 'replace') =>
    setSearch({ page: to > 1 ? to : undefined }, mode);
  const {
    query: list,
    rows,
    total,
    filtered,
    firstPage,
    hasPrev,
    hasNext,
    walking,
    next,
    prev,
  } = useConnectionList(
    clusterId,
    // The typed text shows at once; the rows it picks follow in a render of their own, which React
    // drops for the next key: typing keeps pace on a slow CPU with a thousand connections.
    { q: useDeferredValue(q), state: stateFilter, match: usageFilter?.match },
    { page, onPageChange },
  );
  // Refresh and Retry read once and fail fast (see useManualRefresh).
  const refresh = useManualRefresh(clusterId);
  const manual = { ...list, refetch: refresh };
  const loadingPage = !!list.isPlaceholderData || walking;
  const noMatch =
    rows.length === 0 && firstPage && filtered && !list.isPending && !(list.isError && !list.data);
  const [notice, setNotice] = useState<Notice>();
  const shownNotice = liveNotice(notice, rows, { loading: list.isFetching, filtered });
  const [openAction, setOpenAction] = useState<OpenAction>();
  const { expanded, toggle } = useExpanded();
  const [createState, setCreateState] = useState<CreateState>();
  // A dialog can be left while it sends: how the change ends is said here (see useLeftSends).
  const left = useLeftSends();
  const closeAction = (closing: OpenAction) => {
    left.leave(closing.action, closing.connection.displayName);
    setOpenAction((now) => (now === closing ? undefined : now));
  };
  const changeCreateState = (next: CreateState) => {
    if (!next.open) left.leave('create');
    setCreateState(next);
  };
  // The failed connection a "Create again" replaced, while it is still listed: offered for deletion.
  const [replaced, setReplaced] = useState<PrivateLinkConnection>();
  const shownReplaced =
    replaced &&
    (rows.some((c) => c.privateLinkConnectionId === replaced.privateLinkConnectionId) ||
      list.isFetching ||
      filtered)
      ? replaced
      : undefined;
  const onCreated = (created: PrivateLinkConnection, from?: PrivateLinkConnection) => {
    setNotice({
      title: t('notice.created', { name: created.displayName }),
      nextStepFor: created,
      about: about(created, ['CREATING', 'PENDING_ACCEPTANCE']),
    });
    setReplaced(from);
  };
  const watch = useStateWatch(rows);
  const waiting = rows.some((c) => c.state === 'CREATING' || c.state === 'PENDING_ACCEPTANCE');
  const type = providerForCloud(cluster.cloudProvider)?.type;
  // Once the list is shown, fetch the dialogs' and the rows' parts' code while the browser is idle
  // (the row menus ask for theirs themselves: lazyPart's stand-in).
  const listShown = list.isSuccess;
  useEffect(
    () =>
      listShown
        ? preloadWhenIdle(
            ...preloadDialogs,
            preloadRowGuidance,
            preloadConnectionDetails,
            preloadPanelParts,
          )
        : undefined,
    [listShown],
  );
  const renderActions = (c: PrivateLinkConnection) => (
    <RowMenuButton
      clusterId={clusterId}
      connection={c}
      onAction={(action, connection, trigger) => setOpenAction({ action, connection, trigger })}
    />
  );

  return (
    <section
      aria-labelledby="plc-title"
      className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-5"
    >
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
        {type && (
          <CreateAction
            clusterId={clusterId}
            regionId={cluster.regionId}
            type={type}
            state={createState}
            onStateChange={changeCreateState}
            onCreated={onCreated}
          />
        )}
      </div>
      {!type && (
        <Alert tone="warning" className="mt-4">
          {t('panel.unsupportedCloudOf', { clouds: supportedClouds(t, lang), cloud: cluster.cloudProvider })}
        </Alert>
      )}
      {shownNotice && <NoticeAlert notice={shownNotice} onDismiss={() => setNotice(undefined)} />}
      {left.sends.map((send) => (
        <LeftSendNotice key={send.id} send={send} onDismiss={() => left.dismiss(send.id)} />
      ))}
      {shownReplaced && (
        <ReplaceOffer
          old={shownReplaced}
          onDelete={(old, trigger) => setOpenAction({ action: 'delete', connection: old, trigger })}
          onDismiss={() => setReplaced(undefined)}
        />
      )}
      <StateChangesAlert changes={watch.changes} onDismiss={watch.dismiss} />

      <ListFilter
        q={q}
        onQChange={setQ}
        state={stateFilter}
        onStateChange={setStateFilter}
        extra={usageFilter?.control}
      />

      <div className="mt-3">
        {waiting && <NotifyToggle />}
        <RefreshBar list={manual} />
        <ConnectionsBody
          list={manual}
          stale={loadingPage}
          empty={rows.length === 0 && firstPage}
          filtered={filtered}
          // One history entry: Back brings every filter back at once.
          onClearFilters={() =>
            setSearch(
              {
                q: undefined,
                state: undefined,
                page: undefined,
                ...(usageFilter && { [usageFilter.param]: undefined }),
              },
              'push',
            )
          }
        >
          <ConnectionsTable
            clusterId={clusterId}
            connections={rows}
            expanded={expanded}
            onToggle={toggle}
            renderActions={renderActions}
            onRecreate={(c) => setCreateState({ open: true, from: c })}
          />
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
        onClose={closeAction}
        onDone={(action, connection, domains) => {
          // Attach names what it attached (its answer's domains).
          const title = domains?.length ? t('notice.attachedDomains', { name: connection.displayName, domains: domains.join(', ') }) : t(DONE_TITLE[action], { name: connection.displayName });
          setNotice({ title, about: action === 'delete' ? about(connection, ['DELETING']) : undefined });
          // Show the result where the user looks for it: the row's attached domains.
          if (action !== 'delete' && connection.privateLinkConnectionId)
            toggle(connection.privateLinkConnectionId, true);
        }}
      />
    </section>
  );
}
