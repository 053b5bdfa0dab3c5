import { useState } from 'react';
import { useConnectionUsage, type ConnectionRef } from './use-connection-usage';
import { affectedBy, migrationsAffectedBy, type MigrationRider, type Rider, type Usage, type UsageAction } from './usage';

export interface UsageGateInput extends ConnectionRef {
  clusterId: string;
  action: UsageAction;
  /** The attached domains' names, once known (Detach Domains: which migrations reach their source by them). */
  domains?: string[];
}

/** What the gate shows (components/usage-gate.tsx), and its one acknowledgement. */
export interface UsageGateView {
  action: UsageAction;
  usage: Usage;
  refreshing: boolean;
  retry: () => void;
  feeds: Rider[];
  migrations: MigrationRider[];
  needsAck: boolean;
  acknowledged: boolean;
  onAcknowledge: (checked: boolean) => void;
}

/**
 * In Delete / Detach Domains: the changefeeds and migrations that will lose their route, and whether
 * the dialog may be submitted as far as they go (`ready`): not while checking, and only once what
 * was shown is acknowledged (the same when usage is unknown).
 */
export function useUsageGate({ clusterId, action, domains, ...connection }: UsageGateInput): { ready: boolean; view: UsageGateView } {
  // Loaded again as the dialog opens: what it breaks is judged on the latest lists.
  const { usage, refreshing, retry } = useConnectionUsage(clusterId, connection, { fresh: true });
  const feeds = affectedBy(action, usage.riders ?? []);
  const migrations = migrationsAffectedBy(action, usage.migrations ?? [], domains);
  // An acknowledgement holds for what was shown: a different list asks again.
  const shown = `${usage.status}:${feeds.map((r) => r.changefeed.changefeedId).join(',')}:${migrations.map((m) => m.migration.migrationId).join(',')}`;
  const [acknowledgedFor, setAcknowledgedFor] = useState<string>();
  const acknowledged = acknowledgedFor === shown;
  const needsAck = usage.status === 'unknown' || feeds.length + migrations.length > 0;
  const ready = usage.status !== 'checking' && !refreshing && (!needsAck || acknowledged);
  const onAcknowledge = (checked: boolean) => setAcknowledgedFor(checked ? shown : undefined);
  return { ready, view: { action, usage, refreshing, retry, feeds, migrations, needsAck, acknowledged, onAcknowledge } };
}
