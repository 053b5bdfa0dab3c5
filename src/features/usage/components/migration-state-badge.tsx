import { StateBadge, type StateStyle } from '@/components/ui/state-badge';
import { useI18n } from '@/lib/i18n';
import { migrationStateLabel } from '../labels';

const STYLES: Record<string, StateStyle> = {
  RUNNING: { tone: 'success' },
  CREATING: { tone: 'progress', pulse: true },
  PAUSED: { tone: 'neutral' },
  FAILED: { tone: 'danger' },
  DELETING: { tone: 'progress', pulse: true },
};

export function MigrationStateBadge({ state }: { state: string | undefined }) {
  const { t } = useI18n();
  return <StateBadge state={state} styles={STYLES} label={migrationStateLabel(t, state)} />;
}
