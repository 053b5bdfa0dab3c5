import { StateBadge as SharedStateBadge, type StateStyle } from '@/components/ui/state-badge';
import { useI18n } from '@/lib/i18n';
import { stateLabel } from '../labels';

const STYLES: Record<string, StateStyle> = {
  CREATING: { tone: 'progress', pulse: true },
  PENDING_ACCEPTANCE: { tone: 'waiting' },
  ACTIVE: { tone: 'success' },
  FAILED: { tone: 'danger' },
  DELETING: { tone: 'neutral', pulse: true },
};

/** A connection's state. */
export function StateBadge({ state }: { state: string | undefined }) {
  const { t } = useI18n();
  return <SharedStateBadge state={state} styles={STYLES} label={stateLabel(t, state)} />;
}
