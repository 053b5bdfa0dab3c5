import type { PrivateLinkConnection } from '@/contract/private-link';
import { providerOf } from '@/contract/providers';
import { useI18n } from '@/lib/i18n';
import { NextStep } from './next-step';

/**
 * What a row needs said at length, under the row across its whole width: the next step of a
 * connection pending acceptance, or why one failed (nothing for other states).
 */
export function RowCallout({ connection }: { connection: PrivateLinkConnection }) {
  const { t } = useI18n();
  if (connection.state === 'PENDING_ACCEPTANCE' && providerOf(connection.type))
    return (
      <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm break-words text-slate-800">
        <strong className="font-medium text-amber-900">{t('panel.nextStep')}</strong> <NextStep connection={connection} compact />
      </p>
    );
  if (connection.state === 'FAILED' && connection.message)
    return (
      <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm break-words text-red-800">{connection.message}</p>
    );
  return null;
}

export const hasCallout = (c: PrivateLinkConnection) =>
  (c.state === 'PENDING_ACCEPTANCE' && !!providerOf(c.type)) || (c.state === 'FAILED' && !!c.message);
