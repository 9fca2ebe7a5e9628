import { describe, expect, it } from 'vitest';
import { suggestRating, type Evidence } from './evidence.js';
import { SOURCE_NAMES, type Rating, type SynthesisSource } from './sources.js';
import { triangulate } from './triangulation.js';

const score = (s: number, change: number | null = null, significant = false): Evidence => ({
  kind: 'score',
  label: 'A measure',
  score: s,
  n: 100,
  change: change === null ? null : { earlier: s - change, difference: change, pValue: significant ? 0.01 : 0.4, significant, reading: '' },
});
const themes = (strengths: number, develop: number): Evidence => ({ kind: 'themes', label: 'Focus groups', strengths, develop, sessions: 3, quotes: [], quotesWithheld: null });
const metric = (variation: string | null, assurance: string | null): Evidence => ({ kind: 'metric', label: 'Sickness absence', latest: '4.1%', period: '2026-09', variation, variationText: null, assurance, assuranceText: null });

describe('suggestRating', () => {
  it('calls a cell with no evidence unrated', () => {
    expect(suggestRating([]).rating).toBeNull();
  });

  it('reads scores against the 7 and 5 marks, and a significant change as a sign of its own', () => {
    expect(suggestRating([score(7.0)]).rating).toBe('strength');
    expect(suggestRating([score(6.99)]).rating).toBe('mixed');
    expect(suggestRating([score(5.0)]).rating).toBe('develop');
    // 6.2 is neither end, but a significant fall of 0.4 points down.
    expect(suggestRating([score(6.2, -0.4, true)])).toEqual({ rating: 'develop', reason: '1 sign points to an area to develop and none the other way.' });
    // The same fall, not significant, is no sign at all.
    expect(suggestRating([score(6.2, -0.4, false)]).rating).toBe('mixed');
    // A high score that fell significantly: one sign each way.
    expect(suggestRating([score(7.5, -0.5, true)])).toEqual({ rating: 'mixed', reason: '1 sign points to a strength and 1 to an area to develop.' });
  });

  it('reads coded themes by the two-to-one rule', () => {
    expect(suggestRating([themes(10, 5)]).rating).toBe('strength');
    expect(suggestRating([themes(9, 5)]).rating).toBe('mixed');
    expect(suggestRating([themes(2, 4)]).rating).toBe('develop');
    expect(suggestRating([themes(0, 0)])).toEqual({ rating: 'mixed', reason: 'The evidence points neither way clearly.' });
  });

  it('reads SPC variation and assurance as Making Data Count names them', () => {
    expect(suggestRating([metric('special_cause_improvement', 'consistent_pass')])).toEqual({ rating: 'strength', reason: '2 signs point to a strength and none the other way.' });
    expect(suggestRating([metric('common_cause', 'consistent_fail')]).rating).toBe('develop');
    expect(suggestRating([metric('special_cause_neutral_high', null)]).rating).toBe('mixed');
  });
});

describe('triangulate', () => {
  const rate = (entries: [SynthesisSource, Rating][]) => triangulate(new Map(entries), SOURCE_NAMES);

  it('needs two rated sources to compare', () => {
    expect(rate([['dashboard', 'strength']]).agreement).toBe('too_little');
  });

  it('finds agreement, disagreement and a lean', () => {
    expect(rate([['dashboard', 'develop'], ['focus_groups', 'develop'], ['board_interviews', 'develop']])).toMatchObject({ agreement: 'agree', text: 'All 3 rated sources agree: an area to develop.' });
    expect(rate([['leadership_survey', 'strength'], ['focus_groups', 'develop'], ['patient_experience', 'develop']])).toMatchObject({
      agreement: 'disagree',
      strength: ['leadership_survey'],
      develop: ['focus_groups', 'patient_experience'],
      text: 'The sources disagree: Leadership behaviours survey points to a strength, Culture focus groups and Patient experience to an area to develop.',
    });
    expect(rate([['dashboard', 'strength'], ['workforce', 'mixed']])).toMatchObject({ agreement: 'lean', text: 'The sources lean towards a strength (Culture and outcomes dashboard), with Leadership workforce analysis mixed.' });
  });
});
