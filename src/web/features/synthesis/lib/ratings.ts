// How ratings, suggestions and triangulation are shown. Every tag carries its meaning in words,
// so the colour is never the only way to tell a strength from an area to develop (WCAG 1.4.1).
import { RATING_NAMES, type Rating } from '../../../../core/synthesis/sources.js';
import type { TagColour } from '../../../components/content.js';
import type { Agreement, CellView, ChecklistStatus, SavedCell } from '../api/synthesis-api.js';

export { RATING_NAMES };

export const RATING_COLOURS: Record<Rating, TagColour> = {
  strength: 'green',
  mixed: 'yellow',
  develop: 'orange',
};

/** What a matrix cell shows: the change team's rating, else the suggestion (marked as one), else that there is no evidence. */
export type CellDisplay =
  | { kind: 'rated'; rating: Rating; text: string }
  | { kind: 'suggested'; rating: Rating; text: string }
  | { kind: 'not_rated'; text: string }
  | { kind: 'no_evidence'; text: string };

export function cellDisplay(cell: Pick<CellView, 'rating' | 'suggested' | 'evidence'>): CellDisplay {
  if (cell.rating) return { kind: 'rated', rating: cell.rating, text: RATING_NAMES[cell.rating] };
  if (cell.suggested.rating) return { kind: 'suggested', rating: cell.suggested.rating, text: `Suggested: ${RATING_NAMES[cell.suggested.rating]}` };
  if (cell.evidence.length === 0) return { kind: 'no_evidence', text: 'No evidence' };
  return { kind: 'not_rated', text: 'Not rated' };
}

/** An element's overall rating in words. */
export const overallText = (overall: Pick<SavedCell, 'rating'>): string => (overall.rating ? RATING_NAMES[overall.rating] : 'Not rated');

export const AGREEMENT_LABELS: Record<Agreement, string> = {
  agree: 'Sources agree',
  lean: 'Sources lean one way',
  disagree: 'Sources disagree',
  too_little: 'Too few rated',
};

export const AGREEMENT_COLOURS: Record<Agreement, TagColour> = {
  agree: 'blue',
  lean: 'aqua-green',
  disagree: 'red',
  too_little: 'grey',
};

export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
};

export const CHECKLIST_STATUS_COLOURS: Record<ChecklistStatus, TagColour> = {
  not_started: 'grey',
  in_progress: 'blue',
  done: 'green',
};

/** The radios a writer chooses from; "none" saves no rating. */
export type RatingChoice = Rating | 'none';

export const RATING_CHOICES: readonly { value: RatingChoice; label: string }[] = [
  { value: 'strength', label: RATING_NAMES.strength },
  { value: 'mixed', label: RATING_NAMES.mixed },
  { value: 'develop', label: RATING_NAMES.develop },
  { value: 'none', label: 'Not rated' },
];
