import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describeError } from '@/lib/api-error';
import { useI18n } from '@/lib/i18n';
import type { Usage } from '../usage';

/** Why usage is unknown (a list failed, or was too long to load whole), with a retry. */
export function UsageUnknown({ usage, retry, refreshing }: { usage: Extract<Usage, { status: 'unknown' }>; retry: () => void; refreshing: boolean }) {
  const { t } = useI18n();
  const which = usage.failed === 'migrations' ? t('users.unknownMigrations') : t('usage.unknownBody');
  return (
    <Alert
      tone="warning"
      title={t('usage.unknown')}
      action={
        <Button size="sm" onClick={retry} disabled={refreshing}>
          {refreshing ? t('common.retrying') : t('common.retry')}
        </Button>
      }
    >
      {usage.error !== undefined ? `${which} ${describeError(usage.error, '', t)}` : t('users.incomplete')}
    </Alert>
  );
}
