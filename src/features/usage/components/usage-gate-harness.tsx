import { useUsageGate, type UsageGateInput } from '../use-usage-gate';
import { UsageGate } from './usage-gate';

/** The gate with its hook, as a dialog holds it, and its readiness in a `ready` output (tests and stories). */
export function UsageGateHarness(props: UsageGateInput) {
  const { ready, view } = useUsageGate(props);
  return (
    <>
      <UsageGate view={view} />
      <output data-testid="ready">{String(ready)}</output>
    </>
  );
}
