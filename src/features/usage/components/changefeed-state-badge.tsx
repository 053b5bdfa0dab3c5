import { StateBadge, type StateStyle } from '@/components/ui/state-badge';
import { useI18n } from '@/lib/i18n';
import { changefeedStateLabel } from '../labels';

const STYLES: Record<string, StateStyle> = {
  RUNNING: { tone: 'success' },
  CREATING: { tone: 'progress', pulse: true },
  PAUSED: { tone: 'neutral' },
  WARNING: { tone: 'waiting' },
  CREATE_FAILED: { tone: 'danger' },
  RUNNING_FAILED: { tone: 'danger' },
  DELETED: { tone: 'neutral' },
};

export function ChangefeedStateBadge({ state }: { state: string | undefined }) {
  const { t } = useI18n();
  return <StateBadge state={state} styles={STYLES} label={changefeedStateLabel(t, state)} />;
}
