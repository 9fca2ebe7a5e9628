import { describe, expect, it } from 'vitest';
import { SYNTHESIS_SOURCES, SOURCE_NAMES } from '../../../../core/synthesis/sources.js';
import type { SynthesisView } from '../api/synthesis-api.js';
import { cellBody, draftFrom, draftProblem, isChanged, reapplyMine, resolveConflict, withCellSaved } from './cell-draft.js';

describe('drafts', () => {
  it('starts from the saved cell, or from nothing rated', () => {
    expect(draftFrom({ rating: 'strength', narrative: 'Teams pull together.', version: 3 })).toEqual({ rating: 'strength', narrative: 'Teams pull together.' });
    expect(draftFrom(null)).toEqual({ rating: 'none', narrative: '' });
  });
  it('sends not rated as null, the narrative trimmed, and the version it read', () => {
    expect(cellBody({ rating: 'none', narrative: '  Too early to say.  ' }, 2)).toEqual({ version: 2, rating: null, narrative: 'Too early to say.' });
    expect(cellBody({ rating: 'develop', narrative: '' }, 0)).toEqual({ version: 0, rating: 'develop', narrative: '' });
  });
  it('counts a change of rating or words as a change, but not spaces at the ends', () => {
    const base = { rating: 'mixed' as const, narrative: 'Some wards, not others.', version: 1 };
    expect(isChanged({ rating: 'mixed', narrative: 'Some wards, not others.  ' }, base)).toBe(false);
    expect(isChanged({ rating: 'strength', narrative: 'Some wards, not others.' }, base)).toBe(true);
    expect(isChanged({ rating: 'mixed', narrative: 'Some wards.' }, base)).toBe(true);
    expect(isChanged({ rating: 'none', narrative: '' }, null)).toBe(false);
  });
  it('refuses a narrative over 5,000 characters, saying how long it is', () => {
    expect(draftProblem({ rating: 'none', narrative: 'a'.repeat(5000) })).toBeNull();
    expect(draftProblem({ rating: 'none', narrative: 'a'.repeat(5001) })).toBe('The narrative must be 5,000 characters or fewer; it has 5,001');
  });
});

describe('resolveConflict', () => {
  const theirs = { rating: 'strength' as const, narrative: 'Teams pull together on the wards.', version: 1 };
  it('shows their saved version and keeps mine aside when they differ', () => {
    const mine = { rating: 'develop' as const, narrative: 'Not across boundaries.' };
    const outcome = resolveConflict(theirs, mine);
    expect(outcome).toEqual({ kind: 'differs', base: theirs, draft: { rating: 'strength', narrative: 'Teams pull together on the wards.' }, conflict: { theirs, mine } });
    if (outcome.kind !== 'differs') throw new Error('expected a conflict');
    // Putting mine back gives my words exactly, to be saved over their version 1.
    expect(reapplyMine(outcome.conflict)).toEqual(mine);
    expect(cellBody(reapplyMine(outcome.conflict), outcome.base.version)).toEqual({ version: 1, rating: 'develop', narrative: 'Not across boundaries.' });
  });
  it('treats the same words saved by someone else as no conflict at all', () => {
    expect(resolveConflict(theirs, { rating: 'strength', narrative: 'Teams pull together on the wards. ' })).toEqual({ kind: 'same', base: theirs, draft: { rating: 'strength', narrative: 'Teams pull together on the wards.' } });
  });
  it('starts again from an empty cell when the server has none', () => {
    const outcome = resolveConflict(null, { rating: 'mixed', narrative: '' });
    expect(outcome.kind).toBe('differs');
    expect(outcome.base).toEqual({ rating: null, narrative: '', version: 0 });
  });
});

describe('withCellSaved', () => {
  const view: SynthesisView = {
    programmeId: 'p1',
    status: 'draft',
    eventDate: null,
    quoteThreshold: 10,
    agreedAt: null,
    version: 1,
    sources: SYNTHESIS_SOURCES.map((key) => ({ key, name: SOURCE_NAMES[key] })),
    elements: ['teamwork', 'vision_values'].map((key) => ({
      key,
      name: key,
      overall: { rating: null, narrative: '', version: 0 },
      cells: SYNTHESIS_SOURCES.map((source) => ({ source, sourceName: SOURCE_NAMES[source], evidence: [], suggested: { rating: null, reason: '' }, rating: source === 'focus_groups' ? ('strength' as const) : null, narrative: '', version: source === 'focus_groups' ? 1 : 0 })),
      triangulation: { agreement: 'too_little' as const, text: 'Fewer than two sources are rated, so there is nothing to compare yet.' },
    })),
  };

  it('puts the saved cell in place and works out the triangulation as the server does', () => {
    const next = withCellSaved(view, 'teamwork', 'patient_experience', { rating: 'develop', narrative: 'Complaints about handovers.', version: 1 });
    const teamwork = next.elements[0]!;
    expect(teamwork.cells.find((c) => c.source === 'patient_experience')).toMatchObject({ rating: 'develop', narrative: 'Complaints about handovers.', version: 1 });
    expect(teamwork.triangulation).toEqual({ agreement: 'disagree', text: 'The sources disagree: Culture focus groups points to a strength, Patient experience to an area to develop.' });
    // The other element is untouched.
    expect(next.elements[1]).toBe(view.elements[1]);
  });
  it('saves an overall rating without touching the sources or the triangulation', () => {
    const next = withCellSaved(view, 'vision_values', 'overall', { rating: 'mixed', narrative: 'Known but not lived.', version: 1 });
    expect(next.elements[1]!.overall).toEqual({ rating: 'mixed', narrative: 'Known but not lived.', version: 1 });
    expect(next.elements[1]!.triangulation).toEqual(view.elements[1]!.triangulation);
  });
});
