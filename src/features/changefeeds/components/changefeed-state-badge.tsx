import { Badge } from '@/components/ui/badge';
import { useI18n } from '@/lib/i18n';
import { CHANGEFEED_STATE_TONE, changefeedStateLabel } from '../labels';

export function ChangefeedStateBadge({ state }: { state: string | undefined }) {
  const { t } = useI18n();
  const tone = state ? CHANGEFEED_STATE_TONE[state] : undefined;
  return (
    <Badge tone={tone?.tone ?? 'neutral'} pulse={tone?.pulse}>
      {changefeedStateLabel(t, state)}
    </Badge>
  );
}
