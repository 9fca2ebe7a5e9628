// One piece of evidence in a synthesis cell, as the product already holds it, and which way it
// points. The pointing is a starting suggestion for the change team, never a verdict: the team
// rates each cell itself at the synthesis event.
//
// How each kind points (a signal of +1 towards strength, −1 towards an area to develop, 0 neither):
//   score     a score out of 10: 7 or more +1, 5 or less −1 (the NHS Staff Survey's theme scores
//             mostly sit between 5.5 and 7.5, so these ends are clearly good or clearly poor);
//             a statistically significant rise or fall since the last wave adds +1 or −1;
//   metric    SPC: special-cause improvement +1, concern −1; a target consistently met +1,
//             consistently missed −1 (NHS England, Making Data Count);
//   figure    a figure with a stated reading (good +1, concern −1, neutral 0), such as the
//             Workforce Race Equality Standard's relative likelihood against the four-fifths rule;
//   themes    coded notes or feedback: strengths at least twice the areas to develop +1, the
//             reverse −1, otherwise 0 (both are said about as often).

export type Reading = 'good' | 'concern' | 'neutral';

export type Evidence =
  | { kind: 'score'; label: string; score: number; n: number; change: { earlier: number; difference: number; pValue: number | null; significant: boolean; reading: string } | null }
  | { kind: 'metric'; label: string; latest: string; period: string; variation: string | null; variationText: string | null; assurance: string | null; assuranceText: string | null }
  | { kind: 'figure'; label: string; value: string; reading: Reading; note: string }
  | { kind: 'themes'; label: string; strengths: number; develop: number; sessions: number; quotes: { text: string; stance: 'strength' | 'develop' }[]; quotesWithheld: string | null };

export const STRONG_SCORE = 7;
export const WEAK_SCORE = 5;

function signalsOf(e: Evidence): number[] {
  switch (e.kind) {
    case 'score': {
      const level = e.score >= STRONG_SCORE ? 1 : e.score <= WEAK_SCORE ? -1 : 0;
      const change = e.change?.significant ? Math.sign(e.change.difference) : 0;
      return [level, change];
    }
    case 'metric':
      return [
        e.variation === 'special_cause_improvement' ? 1 : e.variation === 'special_cause_concern' ? -1 : 0,
        e.assurance === 'consistent_pass' ? 1 : e.assurance === 'consistent_fail' ? -1 : 0,
      ];
    case 'figure':
      return [e.reading === 'good' ? 1 : e.reading === 'concern' ? -1 : 0];
    case 'themes':
      if (e.strengths + e.develop === 0) return [];
      return [e.strengths >= 2 * e.develop ? 1 : e.develop >= 2 * e.strengths ? -1 : 0];
  }
}

export interface Suggestion {
  rating: 'strength' | 'mixed' | 'develop' | null;
  reason: string;
}

/** A suggested rating for a cell from its evidence: strength when it all points one way up, area to develop when down, mixed when both. */
export function suggestRating(evidence: readonly Evidence[]): Suggestion {
  if (!evidence.length) return { rating: null, reason: 'No evidence from this source for this element.' };
  const signals = evidence.flatMap(signalsOf);
  const up = signals.filter((s) => s > 0).length;
  const down = signals.filter((s) => s < 0).length;
  if (up && down) return { rating: 'mixed', reason: `${up} ${up === 1 ? 'sign points' : 'signs point'} to a strength and ${down} to an area to develop.` };
  if (up) return { rating: 'strength', reason: `${up} ${up === 1 ? 'sign points' : 'signs point'} to a strength and none the other way.` };
  if (down) return { rating: 'develop', reason: `${down} ${down === 1 ? 'sign points' : 'signs point'} to an area to develop and none the other way.` };
  return { rating: 'mixed', reason: 'The evidence points neither way clearly.' };
}
