import { Badge } from '@/components/ui/badge';
import { STATE_BADGE } from '../labels';

export function StateBadge({ state }: { state: string | undefined }) {
  const known = state ? STATE_BADGE[state] : undefined;
  if (!known) return <Badge tone="neutral">{state ?? 'Unknown'}</Badge>;
  return (
    <Badge tone={known.tone} pulse={known.pulse}>
      {known.label}
    </Badge>
  );
}
