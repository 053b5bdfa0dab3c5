import { Alert } from '@/components/ui/alert';
import { refocusAfter } from '@/lib/focus';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { NextStep } from '../list/next-step';

/** What the panel says after an action: its result and, after Create, the next step. */
export interface Notice {
  title: string;
  nextStepFor?: PrivateLinkConnection;
  /** The connection it is about and the states in which it is still true ("is being created"). */
  about?: { id: string; states: readonly string[] };
}

/**
 * A notice follows the live state of its connection: shown while the connection is listed in one of
 * the states it speaks of; gone when the connection moved on (Failed, Active) or left the list
 * (deleted) — unless the list is still loading or a filter hides the row. The next step is read
 * from the live row.
 */
export function liveNotice(
  notice: Notice | undefined,
  rows: readonly PrivateLinkConnection[],
  { loading, filtered }: { loading: boolean; filtered: boolean },
): Notice | undefined {
  if (!notice?.about) return notice;
  const { id, states } = notice.about;
  const live = rows.find((c) => c.privateLinkConnectionId === id);
  if (!live) return loading || filtered ? notice : undefined;
  if (!live.state || !states.includes(live.state)) return undefined;
  return notice.nextStepFor ? { ...notice, nextStepFor: live } : notice;
}

export function NoticeAlert({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      tone="success"
      className="mt-4"
      title={notice.title}
      action={
        // Focus goes to the panel's heading once the notice is gone.
        <Button size="sm" variant="ghost" onClick={refocusAfter('h2', onDismiss)}>
          {t('common.dismiss')}
        </Button>
      }
    >
      {/* Accepting the request is the next step only once there is one to accept (Pending acceptance). */}
      {notice.nextStepFor &&
        (notice.nextStepFor.state === 'CREATING' ? (
          t('notice.nextStepLater')
        ) : (
          <>
            {t('panel.nextStep')} <NextStep connection={notice.nextStepFor} />
          </>
        ))}
    </Alert>
  );
}
