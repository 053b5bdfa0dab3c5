import type { PrivateLinkConnection } from '@/contract/private-link';
import { providerOf } from '@/contract/providers';
import { useI18n } from '@/lib/i18n';
import { AcceptSteps, CheckNow, FailedCallout, TimingLine } from './lazy-parts';
import { NextStep } from './next-step';

/** States whose row says more under it: how long it has waited, and what comes next. */
const WAITING = new Set(['CREATING', 'PENDING_ACCEPTANCE', 'DELETING']);

/**
 * What a row needs said at length, under the row across its whole width: for a connection on its
 * way (Creating, Pending acceptance, Deleting) how long it has been so and what comes next, for a
 * pending one the next step with its commands and "check now", for a failed one why and what to do.
 */
export function RowCallout({
  clusterId,
  connection,
  onRecreate,
}: {
  clusterId: string;
  connection: PrivateLinkConnection;
  onRecreate?: (c: PrivateLinkConnection) => void;
}) {
  const { t } = useI18n();
  if (connection.state === 'PENDING_ACCEPTANCE' && providerOf(connection.type))
    return (
      <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm break-words text-slate-800">
        <p>
          <strong className="font-medium text-amber-900">{t('panel.nextStep')}</strong> <NextStep connection={connection} compact />
        </p>
        <TimingLine connection={connection} />
        <CheckNow clusterId={clusterId} connection={connection} />
        <AcceptSteps connection={connection} clusterId={clusterId} />
      </div>
    );
  if (connection.state === 'FAILED') return <FailedCallout connection={connection} onRecreate={onRecreate} />;
  if (connection.state && WAITING.has(connection.state))
    return (
      <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
        <TimingLine connection={connection} />
      </div>
    );
  return null;
}

export const hasCallout = (c: PrivateLinkConnection) =>
  c.state === 'PENDING_ACCEPTANCE' ? !!providerOf(c.type) : c.state === 'FAILED' || (!!c.state && WAITING.has(c.state) && !!c.createTime);
