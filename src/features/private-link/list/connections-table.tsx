import { Fragment, type ReactNode } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf } from '@/contract/providers';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import { typeLabel } from '../labels';
import { ConnectionDetails } from './connection-details';
import { NextStep } from './next-step';
import { StateBadge } from './state-badge';

const COLUMNS: MessageKey[] = [
  'table.name',
  'table.id',
  'table.type',
  'table.endpointService',
  'table.state',
  'table.created',
];

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
  const { t, formatDate } = useI18n();

  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="w-full min-w-[860px] border-collapse text-left text-sm">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="w-10 px-2 py-2">
              <span className="sr-only">{t('table.details')}</span>
            </th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 font-medium">
                {t(c)}
              </th>
            ))}
            <th scope="col" className="w-12 px-2 py-2">
              <span className="sr-only">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 bg-white">
          {connections.map((c, index) => {
            const id = c.privateLinkConnectionId ?? '';
            const rowKey = id || `row-${index}`;
            const isOpen = !!id && expanded.has(id);
            const service = endpointServiceOf(c);
            const detailsId = `domains-${rowKey}`;
            return (
              <Fragment key={rowKey}>
                <tr className="align-top" data-testid="connection-row">
                  <td className="px-2 py-2.5">
                    {id && (
                      <button
                        type="button"
                        aria-expanded={isOpen}
                        aria-controls={detailsId}
                        aria-label={t(isOpen ? 'table.hideDetails' : 'table.showDetails', {
                          name: c.displayName,
                        })}
                        onClick={() => onToggle(id)}
                        className="rounded px-1.5 py-0.5 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
                      >
                        <span
                          aria-hidden="true"
                          className={`inline-block transition-transform ${isOpen ? 'rotate-90' : ''}`}
                        >
                          ▸
                        </span>
                      </button>
                    )}
                  </td>
                  <th
                    scope="row"
                    className="max-w-[220px] min-w-32 px-3 py-2.5 font-medium break-words text-slate-900"
                  >
                    {c.displayName}
                  </th>
                  <td className="px-3 py-2.5">
                    {id ? (
                      <span className="inline-flex items-center gap-0.5 font-mono text-xs whitespace-nowrap">
                        {id}
                        <CopyButton value={id} label={t('table.idOf', { name: c.displayName })} />
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="min-w-36 px-3 py-2.5">{typeLabel(t, c.type)}</td>
                  <td className="max-w-[280px] min-w-56 px-3 py-2.5 font-mono text-xs break-all">
                    {service?.name ?? '—'}
                  </td>
                  <td className="max-w-[280px] px-3 py-2.5">
                    <StateBadge state={c.state} />
                    {c.state === 'FAILED' && c.message && (
                      <p className="mt-1 text-xs text-red-800">{c.message}</p>
                    )}
                    {c.state === 'PENDING_ACCEPTANCE' && (
                      <p className="mt-1 text-xs text-slate-700">
                        <NextStep connection={c} compact />
                      </p>
                    )}
                  </td>
                  <td className="px-3 py-2.5 whitespace-nowrap text-slate-700">
                    {c.createTime ? <time dateTime={c.createTime}>{formatDate(c.createTime)}</time> : '—'}
                  </td>
                  <td className="px-2 py-2.5 text-right">{renderActions?.(c)}</td>
                </tr>
                {isOpen && (
                  <tr id={detailsId} className="bg-slate-50">
                    <td />
                    <td colSpan={COLUMNS.length + 1} className="px-3 py-3">
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
