import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateBadge, type StateStyle } from './state-badge';

const STYLES: Record<string, StateStyle> = {
  UP: { tone: 'success' },
  WAITING: { tone: 'waiting' },
  STARTING: { tone: 'progress', pulse: true },
  DOWN: { tone: 'danger' },
};

const dot = (label: string) => screen.getByText(label).querySelector('[aria-hidden="true"]');

describe('StateBadge', () => {
  it('shows the label in the tone of its state, the dot hidden from assistive technology', () => {
    render(
      <>
        <StateBadge state="UP" styles={STYLES} label="Up" />
        <StateBadge state="WAITING" styles={STYLES} label="Waiting" />
        <StateBadge state="DOWN" styles={STYLES} label="Down" />
      </>,
    );
    expect(screen.getByText('Up')).toHaveClass('bg-emerald-50');
    expect(screen.getByText('Waiting')).toHaveClass('bg-amber-50');
    expect(screen.getByText('Down')).toHaveClass('bg-red-50');
    expect(screen.getByText('Up').textContent).toBe('Up');
  });

  it('pulses a state under way only where motion is welcome', () => {
    render(
      <>
        <StateBadge state="STARTING" styles={STYLES} label="Starting" />
        <StateBadge state="UP" styles={STYLES} label="Up" />
      </>,
    );
    expect(screen.getByText('Starting')).toHaveClass('bg-sky-50');
    expect(dot('Starting')).toHaveClass('motion-safe:animate-pulse');
    expect(dot('Starting')).not.toHaveClass('animate-pulse');
    expect(dot('Up')).not.toHaveClass('motion-safe:animate-pulse');
  });

  it('is neutral for a state its map does not know, even one named like an object key', () => {
    render(
      <>
        <StateBadge state="ARCHIVED" styles={STYLES} label="ARCHIVED" />
        <StateBadge state="toString" styles={STYLES} label="toString" />
        <StateBadge state={undefined} styles={STYLES} label="Unknown" />
      </>,
    );
    for (const label of ['ARCHIVED', 'toString', 'Unknown']) {
      expect(screen.getByText(label)).toHaveClass('bg-slate-100');
      expect(dot(label)).not.toHaveClass('motion-safe:animate-pulse');
    }
  });
});
