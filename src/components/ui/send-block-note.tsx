import { useI18n } from '@/lib/i18n';
import type { SendBlock } from '@/lib/use-can-send';

/** Says, beside a sending control, why it does not send now (offline or rate limited). */
export function SendBlockNote({ id, block }: { id: string; block: SendBlock | undefined }) {
  const { t } = useI18n();
  if (block !== 'offline' && block !== 'rateLimited') return null;
  return (
    <p id={id} className="mr-auto self-center text-sm text-amber-900">
      {t(block === 'offline' ? 'status.sendOffline' : 'status.sendRateLimited')}
    </p>
  );
}
