import type { ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf, providerOf } from '@/contract/providers';
import { clsx } from 'clsx';
import { useI18n, type Translate } from '@/lib/i18n';
import { cloudName, typeLabel } from '../providers';
import { useUsageSlots } from '../shared/usage-slots';
import { WrapAtDots } from '../shared/wrap-at-dots';
import { ConnectionDetails } from './lazy-parts';
import { hasCallout, RowCallout } from './row-callout';
import { StateBadge } from './state-badge';
import { Cell } from './table-cell';

/** The type as its cloud (`AWS`, `Alibaba Cloud`): the column is narrow, the full name is on hover and in the details. */
const shortType = (t: Translate, type: string | undefined) => {
  const p = type ? providerOf(type) : undefined;
  return p ? cloudName(t, p.cloud) : typeLabel(t, type);
};

/** One connection's row, its guidance and (when open) its details. */
export function ConnectionRow({
  clusterId,
  connection: c,
  index,
  isOpen,
  span,
  onToggle,
  renderActions,
  onRecreate,
}: {
  clusterId: string;
  connection: PrivateLinkConnection;
  index: number;
  isOpen: boolean;
  /** Columns a full-width line spans. */
  span: number;
  onToggle: (id: string) => void;
  renderActions?: (connection: PrivateLinkConnection) => ReactNode;
  /** "Create again with these settings" on a failed row. */
  onRecreate?: (connection: PrivateLinkConnection) => void;
}) {
  const { t, formatDate, formatDay } = useI18n();
  const usage = useUsageSlots();
  const id = c.privateLinkConnectionId ?? '';
  const rowKey = id || `row-${index}`;
  const service = endpointServiceOf(c);
  const detailsId = `domains-${rowKey}`;
  const nameId = `name-${rowKey}`;
  return (
    <>
      <tr
        data-testid="connection-row"
        className={clsx(
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
              {formatDay(c.createTime)}
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
            {/* Width 0, stretched to the cell: a long command scrolls in its box instead of widening the table. */}
            <div className="w-0 min-w-full">
              <RowCallout clusterId={clusterId} connection={c} onRecreate={onRecreate} />
            </div>
          </td>
        </tr>
      )}
      {isOpen && (
        <tr id={detailsId} className="bg-slate-50 max-xl:block">
          <td className="max-xl:hidden" />
          <td colSpan={span} className="px-3 py-3 max-xl:block">
            <div className="w-0 min-w-full">
              <ConnectionDetails clusterId={clusterId} connection={c} />
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
