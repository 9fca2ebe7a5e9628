import { describe, expect, it } from 'vitest';
import { AGREEMENT_LABELS, cellDisplay, overallText, RATING_CHOICES } from './ratings.js';

const figure = { kind: 'figure' as const, label: 'Key roles with a successor ready now', value: '42%', reading: 'concern' as const, note: 'Under half is read as a concern.' };

describe('cellDisplay', () => {
  it('shows the change team’s own rating when there is one, whatever was suggested', () => {
    expect(cellDisplay({ rating: 'develop', suggested: { rating: 'strength', reason: '' }, evidence: [figure] })).toEqual({ kind: 'rated', rating: 'develop', text: 'Area to develop' });
  });
  it('marks a suggestion as one, in words', () => {
    expect(cellDisplay({ rating: null, suggested: { rating: 'mixed', reason: 'The evidence points neither way clearly.' }, evidence: [figure] })).toEqual({ kind: 'suggested', rating: 'mixed', text: 'Suggested: Mixed' });
    expect(cellDisplay({ rating: null, suggested: { rating: 'develop', reason: '' }, evidence: [figure] }).text).toBe('Suggested: Area to develop');
  });
  it('says when a source has no evidence for the element', () => {
    expect(cellDisplay({ rating: null, suggested: { rating: null, reason: 'No evidence from this source for this element.' }, evidence: [] })).toEqual({ kind: 'no_evidence', text: 'No evidence' });
  });
  it('says not rated when there is evidence but no suggestion', () => {
    expect(cellDisplay({ rating: null, suggested: { rating: null, reason: '' }, evidence: [figure] })).toEqual({ kind: 'not_rated', text: 'Not rated' });
  });
});

describe('rating words', () => {
  it('names an overall rating or its absence', () => {
    expect(overallText({ rating: 'strength' })).toBe('Strength');
    expect(overallText({ rating: null })).toBe('Not rated');
  });
  it('offers the three ratings and not rated, in that order', () => {
    expect(RATING_CHOICES.map((c) => c.label)).toEqual(['Strength', 'Mixed', 'Area to develop', 'Not rated']);
  });
  it('names every kind of agreement in words', () => {
    expect(AGREEMENT_LABELS).toEqual({ agree: 'Sources agree', lean: 'Sources lean one way', disagree: 'Sources disagree', too_little: 'Too few rated' });
  });
});
