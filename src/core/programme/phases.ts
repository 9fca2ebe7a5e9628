// The programme's phases, after the NHS culture and leadership programme: an optional
// Scoping phase, then Discover, Design and Deliver, typically over 18 to 24 months.
export const PHASES = ['scoping', 'discover', 'design', 'deliver'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_STATUSES = ['not_started', 'in_progress', 'complete', 'skipped'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  scoping: 'Scoping',
  discover: 'Discover',
  design: 'Design',
  deliver: 'Deliver',
};

export interface PhaseState {
  phase: Phase;
  status: PhaseStatus;
}

/**
 * The phase the programme is in now: the first phase in progress; failing that, the first
 * not yet started after the finished ones; null when every phase is complete or skipped.
 */
export function currentPhase(phases: readonly PhaseState[]): Phase | null {
  const ordered = [...phases].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
  return (
    ordered.find((p) => p.status === 'in_progress')?.phase ??
    ordered.find((p) => p.status === 'not_started')?.phase ??
    null
  );
}

/** Share of the non-skipped phases that are complete, 0–100, rounded. */
export function progressPercent(phases: readonly PhaseState[]): number {
  const counted = phases.filter((p) => p.status !== 'skipped');
  if (!counted.length) return 0;
  return Math.round((100 * counted.filter((p) => p.status === 'complete').length) / counted.length);
}
