// Triangulation: for each cultural element, where the sources' ratings agree and where they do
// not. Agreement across different kinds of evidence (numbers and conversations, staff and
// patients) is what makes a finding safe to act on; disagreement is a question for the synthesis
// event, not an error.
import type { Rating, SynthesisSource } from './sources.js';

export type Agreement = 'agree' | 'lean' | 'disagree' | 'too_little';

export interface Triangulation {
  agreement: Agreement;
  /** Sources rated, by rating. */
  strength: SynthesisSource[];
  mixed: SynthesisSource[];
  develop: SynthesisSource[];
  text: string;
}

const list = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * agree       two or more sources rated, all the same;
 * disagree    at least one source says strength and another area to develop;
 * lean        otherwise with two or more rated (some mixed alongside one direction);
 * too_little  fewer than two sources rated.
 */
export function triangulate(ratings: ReadonlyMap<SynthesisSource, Rating>, names: Readonly<Record<SynthesisSource, string>>): Triangulation {
  const by = (r: Rating) => [...ratings].filter(([, v]) => v === r).map(([s]) => s);
  const strength = by('strength');
  const mixed = by('mixed');
  const develop = by('develop');
  const rated = strength.length + mixed.length + develop.length;
  const named = (s: SynthesisSource[]) => list(s.map((x) => names[x]));
  if (rated < 2) return { agreement: 'too_little', strength, mixed, develop, text: 'Fewer than two sources are rated, so there is nothing to compare yet.' };
  if (strength.length && develop.length) {
    return { agreement: 'disagree', strength, mixed, develop, text: `The sources disagree: ${named(strength)} ${strength.length === 1 ? 'points' : 'point'} to a strength, ${named(develop)} to an area to develop.` };
  }
  const one = strength.length ? 'strength' : develop.length ? 'develop' : 'mixed';
  const count = one === 'strength' ? strength.length : one === 'develop' ? develop.length : mixed.length;
  if (count === rated) {
    const what = one === 'strength' ? 'a strength' : one === 'develop' ? 'an area to develop' : 'a mixed picture';
    return { agreement: 'agree', strength, mixed, develop, text: `All ${rated} rated sources agree: ${what}.` };
  }
  const what = one === 'strength' ? 'a strength' : 'an area to develop';
  return { agreement: 'lean', strength, mixed, develop, text: `The sources lean towards ${what} (${named(one === 'strength' ? strength : develop)}), with ${named(mixed)} mixed.` };
}
