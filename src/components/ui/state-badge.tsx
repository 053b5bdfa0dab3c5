import { Badge, type BadgeTone } from './badge';

/** What a resource's state means to the user, whatever the resource. */
export type StateTone = 'success' | 'waiting' | 'progress' | 'danger' | 'neutral';

/** A state's tone, and whether it is under way (the dot pulses, unless the user prefers reduced motion). */
export interface StateStyle {
  readonly tone: StateTone;
  readonly pulse?: boolean;
}

const BADGE_TONE: Record<StateTone, BadgeTone> = {
  success: 'success',
  // waiting on someone (an acceptance) or asking for a look (a warning): amber
  waiting: 'warning',
  progress: 'info',
  danger: 'danger',
  neutral: 'neutral',
};

/**
 * A resource's state as a badge: its label (in the user's language, from the feature) in the tone
 * its feature's map gives it; a state the map does not know (one the API added since) is neutral.
 */
export function StateBadge({ state, styles, label }: { state: string | undefined; styles: Readonly<Record<string, StateStyle>>; label: string }) {
  const style = state !== undefined && Object.hasOwn(styles, state) ? styles[state] : undefined;
  return (
    <Badge tone={BADGE_TONE[style?.tone ?? 'neutral']} pulse={style?.pulse}>
      {label}
    </Badge>
  );
}
