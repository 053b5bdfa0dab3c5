import { useState } from 'react';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { connectionCheckQueryOptions, connectionQueryOptions } from '../api/get-connection';
import { privateLinkKeys } from '../api/keys';
import { putConnection } from '../api/put-connection';
import { stateLabel } from '../labels';
import { describeRowActionError } from '../shared/action-error';

type Outcome = { kind: 'still' | 'changed'; state: string } | { kind: 'failed'; reason: string };

/**
 * "I accepted it — check now": one Get of this connection, sent on the click (see
 * connectionCheckQueryOptions), its answer put into the details and the lists at once so the row
 * shows it.
 */
export function CheckNow({ clusterId, connection }: { clusterId: string; connection: PrivateLinkConnection }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome>();
  const id = connection.privateLinkConnectionId ?? '';
  // The check under way, from either of the row's buttons: a click while it is out joins it.
  const busy = useIsFetching({ queryKey: privateLinkKeys.check(clusterId, id) }) > 0;
  const check = async () => {
    if (!id) return;
    try {
      const fresh = await queryClient.fetchQuery(connectionCheckQueryOptions(clusterId, id));
      // Reads still on their way were sent before the check: landing, they would put the older state
      // back. The details' Get is dropped; a list read is sent again (refetching drops the one out).
      const detailKey = connectionQueryOptions(clusterId, id).queryKey;
      const lists = { queryKey: privateLinkKeys.lists(clusterId) };
      const listRead = queryClient.isFetching(lists) > 0;
      await queryClient.cancelQueries({ queryKey: detailKey, exact: true });
      putConnection(queryClient, clusterId, fresh, { whole: true });
      if (listRead) void queryClient.refetchQueries({ ...lists, type: 'active' });
      const state = fresh.state ?? '';
      setOutcome({ kind: state === connection.state ? 'still' : 'changed', state: stateLabel(t, state) });
    } catch (e) {
      setOutcome({ kind: 'failed', reason: describeRowActionError(e, t) });
    }
  };
  return (
    <span className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1">
      <Button size="sm" aria-busy={busy || undefined} onClick={() => void check()}>
        {busy ? t('check.checking') : t('check.button')}
      </Button>
      <span role="status" className="text-xs text-slate-700">
        {outcome &&
          (outcome.kind === 'failed'
            ? t('check.failed', { reason: outcome.reason })
            : t(outcome.kind === 'still' ? 'check.still' : 'check.changed', { state: outcome.state }))}
      </span>
    </span>
  );
}
