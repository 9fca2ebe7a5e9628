// A cell's form: what is being typed (the draft) against what was last read from the server (the
// base, whose version every save names). When someone else saved first, the server refuses the
// save and sends their version; the form then shows theirs and keeps the user's own to put back,
// so nobody's words are overwritten without a person choosing to.
import { SOURCE_NAMES, type Rating, type SynthesisSource } from '../../../../core/synthesis/sources.js';
import { triangulate } from '../../../../core/synthesis/triangulation.js';
import type { CellBody, CellTarget, SavedCell, SynthesisView } from '../api/synthesis-api.js';
import type { RatingChoice } from './ratings.js';

export const NARRATIVE_MAX = 5000;

export interface CellDraft {
  rating: RatingChoice;
  narrative: string;
}

export const EMPTY_CELL: SavedCell = { rating: null, narrative: '', version: 0 };

export function draftFrom(cell: SavedCell | null): CellDraft {
  return { rating: cell?.rating ?? 'none', narrative: cell?.narrative ?? '' };
}

export function cellBody(draft: CellDraft, version: number): CellBody {
  return { version, rating: draft.rating === 'none' ? null : draft.rating, narrative: draft.narrative.trim() };
}

/** Whether the draft says something other than the saved cell (spaces at either end of the narrative do not count: the server trims them). */
export function isChanged(draft: CellDraft, base: SavedCell | null): boolean {
  const saved = draftFrom(base);
  return draft.rating !== saved.rating || draft.narrative.trim() !== saved.narrative.trim();
}

/** The problem with a draft before it is sent, or null. */
export function draftProblem(draft: CellDraft): string | null {
  const length = draft.narrative.trim().length;
  if (length > NARRATIVE_MAX) return `The narrative must be ${NARRATIVE_MAX.toLocaleString('en-GB')} characters or fewer; it has ${length.toLocaleString('en-GB')}`;
  return null;
}

export interface Conflict {
  /** What the other person saved (null if they have since cleared it away entirely). */
  theirs: SavedCell | null;
  /** What this user tried to save, kept so it can be put back into the form. */
  mine: CellDraft;
}

export type ConflictOutcome =
  /** The other person saved the very same thing: nothing is lost, so take their version and say so. */
  | { kind: 'same'; base: SavedCell; draft: CellDraft }
  /** They differ: the form shows theirs, with the user's own kept aside. */
  | { kind: 'differs'; base: SavedCell; draft: CellDraft; conflict: Conflict };

/** What the form does with a 409 edit_conflict: `current` is the server's saved cell, `mine` the draft that was refused. */
export function resolveConflict(current: SavedCell | null, mine: CellDraft): ConflictOutcome {
  const base = current ?? EMPTY_CELL;
  const theirs = draftFrom(current);
  if (!isChanged(mine, base)) return { kind: 'same', base, draft: theirs };
  return { kind: 'differs', base, draft: theirs, conflict: { theirs: current, mine } };
}

/** Puts the user's own words back in the form, to be saved over the other person's version they have now seen. */
export function reapplyMine(conflict: Conflict): CellDraft {
  return { ...conflict.mine };
}

/** The synthesis with one saved cell in place, and the element's triangulation worked out again as the server works it out. */
export function withCellSaved(view: SynthesisView, element: string, target: CellTarget, saved: SavedCell): SynthesisView {
  return {
    ...view,
    elements: view.elements.map((e) => {
      if (e.key !== element) return e;
      if (target === 'overall') return { ...e, overall: { ...saved } };
      const cells = e.cells.map((c) => (c.source === target ? { ...c, rating: saved.rating, narrative: saved.narrative, version: saved.version } : c));
      const ratings = new Map<SynthesisSource, Rating>(cells.flatMap((c) => (c.rating ? [[c.source, c.rating] as const] : [])));
      const { agreement, text } = triangulate(ratings, SOURCE_NAMES);
      return { ...e, cells, triangulation: { agreement, text } };
    }),
  };
}
