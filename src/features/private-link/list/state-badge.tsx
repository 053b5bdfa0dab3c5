import { Badge } from '@/components/ui/badge';
import { useI18n } from '@/lib/i18n';
import { stateLabel, STATE_TONE } from '../labels';

export function StateBadge({ state }: { state: string | undefined }) {
  const { t } = useI18n();
  const known = state ? STATE_TONE[state] : undefined;
  return (
    <Badge tone={known?.tone ?? 'neutral'} pulse={known?.pulse}>
      {stateLabel(t, state)}
    </Badge>
  );
}
