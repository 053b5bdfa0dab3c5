import { Fragment, useMemo, type ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf, providerOf } from '@/contract/providers';
import { cn } from '@/lib/cn';
import { useI18n, type Translate } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import { cloudName, typeLabel } from '../providers';
import { ConnectionDetails } from './connection-details';
import { useUsageSlots } from '../shared/usage-slots';
import { hasCallout, RowCallout } from './row-callout';
import { StateBadge } from './state-badge';
import { Cell, formatDay } from './table-cell';
import { WrapAtDots } from '../shared/wrap-at-dots';

const COLUMNS: MessageKey[] = ['table.name', 'table.type', 'table.endpointService', 'table.state', 'table.created'];
/** Every column but the expand button's. */
const SPAN = COLUMNS.length + 1;

/** The type as its cloud (`AWS`, `Alibaba Cloud`): the column is narrow, the full name is on hover and in the details. */
const shortType = (t: Translate, type: string | undefined) => {
  const p = type ? providerOf(type) : undefined;
  return p ? cloudName(t, p.cloud) : typeLabel(t, type);
};

/**
 * The connections: a table from 1280 px; below that each row is laid out as a card (same markup,
 * so one set of rows, labels shown beside the values). A row's long guidance goes under it.
 */
export function ConnectionsTable({
  clusterId,
  connections,
  expanded,
  onToggle,
  renderActions,
}: {
  clusterId: string;
  connections: PrivateLinkConnection[];
  /** IDs of the rows showing their attached domains. */
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  renderActions?: (connection: PrivateLinkConnection) => ReactNode;
}) {
  const { t, lang, formatDate } = useI18n();
  // The day only: the time is on hover and in the details (the column stays narrow).
  const day = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }), [lang]);
  // The app may add a "Used by" column (see UsageSlots).
  const usage = useUsageSlots();
  const span = SPAN + (usage ? 1 : 0);

  return (
    // Positioned, so the visually hidden header text stays inside the scroll box (it made the page scroll sideways).
    <div className="relative overflow-x-auto rounded-md border border-slate-200">
      <table className="w-full border-collapse text-left text-sm max-xl:block">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase max-xl:hidden">
          <tr>
            <th scope="col" className="w-10 px-2 py-2">
              <span className="sr-only">{t('table.details')}</span>
            </th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="px-2 py-2 font-medium">
                {t(c)}
              </th>
            ))}
            {usage && (
              <th scope="col" className="px-2 py-2 font-medium">
                {t('usage.column')}
              </th>
            )}
            <th scope="col" className="w-12 px-2 py-2">
              <span className="sr-only">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="bg-white max-xl:block">
          {connections.map((c, index) => {
            const id = c.privateLinkConnectionId ?? '';
            const rowKey = id || `row-${index}`;
            const isOpen = !!id && expanded.has(id);
            const service = endpointServiceOf(c);
            const detailsId = `domains-${rowKey}`;
            const nameId = `name-${rowKey}`;
            return (
              <Fragment key={rowKey}>
                <tr
                  data-testid="connection-row"
                  className={cn(
                    'border-slate-200 align-top max-xl:grid max-xl:grid-cols-[auto_minmax(0,1fr)_auto] max-xl:gap-x-2 max-xl:px-2 max-xl:py-3',
                    index > 0 && 'border-t',
                  )}
                >
                  <td className="w-10 px-2 py-2 max-xl:p-0">
                    {id && (
                      <button
                        type="button"
                        aria-expanded={isOpen}
                        aria-controls={detailsId}
                        aria-label={t(isOpen ? 'table.hideDetails' : 'table.showDetails', { name: c.displayName })}
                        onClick={() => onToggle(id)}
                        className="inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
                      >
                        <span aria-hidden="true" className={`inline-block transition-transform ${isOpen ? 'rotate-90' : ''}`}>
                          ▸
                        </span>
                      </button>
                    )}
                  </td>
                  <th scope="row" aria-labelledby={nameId} className="px-2 py-2.5 font-normal xl:min-w-40 max-xl:self-center max-xl:p-0">
                    <span id={nameId} className="block font-medium [overflow-wrap:anywhere] text-slate-900">
                      {c.displayName}
                    </span>
                    {id && (
                      <span className="mt-0.5 flex flex-wrap items-center gap-x-1 font-mono text-xs text-slate-600">
                        <span className="[overflow-wrap:anywhere] xl:whitespace-nowrap">{id}</span>
                        <CopyButton value={id} label={t('table.idOf', { name: c.displayName })} />
                      </span>
                    )}
                  </th>
                  <Cell column="table.type">
                    <span title={typeLabel(t, c.type)} className="break-words">
                      {shortType(t, c.type)}
                    </span>
                  </Cell>
                  <Cell column="table.endpointService" className="xl:min-w-52">
                    {service?.name ? (
                      <span>
                        <span className="font-mono text-xs text-slate-800">
                          <WrapAtDots value={service.name} />
                        </span>
                        <CopyButton className="ml-0.5 align-middle" value={service.name} label={t('table.serviceOf', { name: c.displayName })} />
                      </span>
                    ) : (
                      '—'
                    )}
                  </Cell>
                  <Cell column="table.state" className="xl:whitespace-nowrap">
                    <StateBadge state={c.state} />
                  </Cell>
                  <Cell column="table.created" className="text-slate-700 xl:whitespace-nowrap">
                    {c.createTime ? (
                      <time dateTime={c.createTime} title={formatDate(c.createTime)}>
                        {formatDay(day, c.createTime)}
                      </time>
                    ) : (
                      '—'
                    )}
                  </Cell>
                  {usage && (
                    <Cell column="usage.column">
                      <usage.Cell clusterId={clusterId} connection={c} />
                    </Cell>
                  )}
                  <td className="w-12 px-2 py-2 text-right max-xl:col-start-3 max-xl:row-start-1 max-xl:p-0">{renderActions?.(c)}</td>
                </tr>
                {hasCallout(c) && (
                  <tr className="max-xl:block" data-testid="connection-callout">
                    <td className="max-xl:hidden" />
                    <td colSpan={span} className="px-3 pb-3 max-xl:block max-xl:px-2">
                      <RowCallout connection={c} />
                    </td>
                  </tr>
                )}
                {isOpen && (
                  <tr id={detailsId} className="bg-slate-50 max-xl:block">
                    <td className="max-xl:hidden" />
                    <td colSpan={span} className="px-3 py-3 max-xl:block">
                      <ConnectionDetails clusterId={clusterId} connection={c} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
