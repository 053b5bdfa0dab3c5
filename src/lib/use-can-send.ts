import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { readStatus, subscribeStatus } from './status';

/** Why a change cannot be sent now: offline, waiting out a 429 (the banner's countdown), or already sent. */
export type SendBlock = 'offline' | 'rateLimited' | 'sent';

/**
 * The one answer to "can this send now?", read by every control that sends a change. Reads keep
 * trying on their own (they wait for the network and the 429's Retry-After); a change is only sent
 * when it can reach TiDB Cloud, so a click never ends in "not known whether it was created".
 */
export function useCanSend(sent = false): SendBlock | undefined {
  const cache = useQueryClient().getQueryCache();
  const block = useSyncExternalStore(
    (notify) => subscribeStatus(cache, notify),
    (): SendBlock | undefined => {
      const status = readStatus(cache);
      return status.offline ? 'offline' : status.rateLimitedFor !== undefined ? 'rateLimited' : undefined;
    },
  );
  return block ?? (sent ? 'sent' : undefined);
}
