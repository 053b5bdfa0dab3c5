import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/locales/en';
import type { PrivateLinkConnection } from '@/contract/private-link';
import { endpointServiceOf, endpointServiceRegion, providerOf } from '@/contract/providers';
import { stateTiming } from './state-timing';
import { useNow } from './use-now';

const has = (t: (k: MessageKey) => string, key: string) => (t(key as MessageKey) === key ? undefined : (key as MessageKey));

/**
 * How long the connection has been as it is ("Created 2 hours ago, last changed 40 minutes ago."),
 * from `createTime` and `updateTime`; what usually happens next in its state; and, when it has
 * waited unusually long, what to check. `now` is for stories and tests (a fixed clock).
 */
export function TimingLine({ connection: c, now: fixedNow }: { connection: PrivateLinkConnection; now?: number }) {
  const { t, formatAgo, formatDuration } = useI18n();
  const ticking = useNow();
  const now = fixedNow ?? ticking;
  const timing = stateTiming(c, now);
  if (timing.createdMs === undefined) return null;
  const created = formatAgo(timing.createdMs);
  const next = has(t, `timing.next.${c.state}`);
  const long = timing.long ? has(t, `timing.long.${c.state}`) : undefined;
  const provider = providerOf(c.type);
  const service = endpointServiceOf(c);
  const region =
    (service?.name && provider && endpointServiceRegion(provider.type, service.name)) ||
    (service && 'region' in service && service.region) ||
    '—';
  return (
    <span className="block space-y-0.5" data-testid="state-timing">
      <span className="block text-slate-700">
        {timing.changedMs !== undefined
          ? t('timing.createdChanged', { created, changed: formatAgo(timing.changedMs) })
          : t('timing.created', { created })}{' '}
        {next && t(next)}
      </span>
      {long && (
        <span className="block font-medium text-amber-900" role="note">
          {t(long, {
            duration: formatDuration(timing.unchangedMs ?? 0),
            list: provider?.allowList ?? '',
            region,
            endpointId: service?.endpointId ?? '—',
          })}
        </span>
      )}
    </span>
  );
}
