// How a phase's status is shown: words and tag colour, following the NHS.UK task list.
import { PHASE_LABELS, PHASES, type Phase, type PhaseStatus } from '../../../../core/programme/phases.js';
import type { TagColour } from '../../../components/content.js';

export { PHASE_LABELS, PHASES };

export const PHASE_STATUS_LABELS: Record<PhaseStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Completed',
  skipped: 'Skipped',
};

/** Completed and skipped are plain text in the task list pattern; the others are coloured tags. */
export const PHASE_STATUS_COLOURS: Record<PhaseStatus, TagColour | null> = {
  not_started: 'grey',
  in_progress: 'blue',
  complete: null,
  skipped: null,
};

export const PHASE_HINTS: Record<Phase, string> = {
  scoping: 'Agree the sponsor, change team, plan and how you will evaluate',
  discover: 'Understand the culture now: surveys, focus groups, board interviews and data',
  design: 'Choose and plan the changes, drawing on the evidence',
  deliver: 'Make the changes, measure them and keep them going',
};

export function phaseLabel(phase: Phase | null): string {
  return phase ? PHASE_LABELS[phase] : 'All phases complete';
}
