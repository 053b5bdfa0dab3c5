import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { refocusAfter } from '@/lib/focus';
import { useI18n } from '@/lib/i18n';
import type { PrivateLinkConnection } from '@/contract/private-link';

/**
 * After "Create again with these settings" created the new connection: the failed one is still
 * there; offer to delete it (the Delete dialog, with its own confirmation).
 */
export function ReplaceOffer({
  old,
  onDelete,
  onDismiss,
}: {
  old: PrivateLinkConnection;
  onDelete: (old: PrivateLinkConnection, trigger: HTMLElement) => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const id = old.privateLinkConnectionId ?? '';
  return (
    <Alert
      tone="warning"
      className="mt-4"
      title={t('failure.recreated', { name: old.displayName, id })}
      action={
        <Button size="sm" variant="ghost" onClick={refocusAfter('h2', onDismiss)}>
          {t('common.dismiss')}
        </Button>
      }
    >
      <Button size="sm" className="mt-1" onClick={(e) => onDelete(old, e.currentTarget)}>
        {t('failure.deleteOld', { name: old.displayName, id })}
      </Button>
    </Alert>
  );
}
