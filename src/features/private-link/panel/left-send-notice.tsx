import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useI18n, type Translate } from '@/lib/i18n';
import { UnconfirmedCreateError } from '../api/create-outcome';
import { describeCreateError } from '../create/create-error';
import { describeRowActionError } from '../shared/action-error';
import type { LeftSend, SendAction } from './use-left-sends';

const TITLE = { create: 'create.title', attach: 'attach.title', detach: 'detach.title', delete: 'delete.title' } as const;
const FAILED = { create: 'create.failed', attach: 'attach.failed', detach: 'detach.failed', delete: 'delete.failed' } as const;

function failedTitle(action: SendAction, error: unknown, t: Translate) {
  if (error instanceof UnconfirmedCreateError && error.outcome !== 'absent') return t('create.unconfirmedTitle');
  return t(FAILED[action]);
}

/** A change sent from a dialog that was then closed: still out, or how it failed, told as the dialog would have. */
export function LeftSendNotice({ send, onDismiss }: { send: LeftSend; onDismiss: () => void }) {
  const { t } = useI18n();
  const { action, name, status, error } = send;
  if (status === 'pending')
    return (
      <Alert tone="info" className="mt-4">
        {t('left.sending', { action: t(TITLE[action]), name })}
      </Alert>
    );
  return (
    <Alert
      tone="error"
      className="mt-4"
      title={`${failedTitle(action, error, t)} (${name})`}
      action={
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t('common.dismiss')}
        </Button>
      }
    >
      {action === 'create' ? describeCreateError(error, name, t) : describeRowActionError(error, t)}
    </Alert>
  );
}
