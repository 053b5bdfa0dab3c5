import type { ReactNode } from 'react';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import { useUsageSlots } from '../shared/usage-slots';
import { ConnectionRow } from './connection-row';

const COLUMNS: MessageKey[] = ['table.name', 'table.type', 'table.endpointService', 'table.state', 'table.created'];
/** Every column but the expand button's. */
const SPAN = COLUMNS.length + 1;

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
  onRecreate,
}: {
  clusterId: string;
  connections: PrivateLinkConnection[];
  /** IDs of the rows showing their attached domains. */
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  renderActions?: (connection: PrivateLinkConnection) => ReactNode;
  onRecreate?: (connection: PrivateLinkConnection) => void;
}) {
  const { t } = useI18n();
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
          {connections.map((c, index) => (
            <ConnectionRow
              key={c.privateLinkConnectionId || `row-${index}`}
              clusterId={clusterId}
              connection={c}
              index={index}
              isOpen={!!c.privateLinkConnectionId && expanded.has(c.privateLinkConnectionId)}
              span={span}
              onToggle={onToggle}
              renderActions={renderActions}
              onRecreate={onRecreate}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
