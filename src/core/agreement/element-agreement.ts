// Agreement between two coders, one cultural element at a time, when each excerpt can carry several
// elements and each is marked as a strength or an area to develop. Kappa needs one category per
// excerpt and coder, so for each element the excerpt is "strength", "develop" or "absent" (not
// coded with that element), and a plain present/absent reading ignores the stance.
//
// The ordered scale is develop < absent < strength. The stance says which way an excerpt's
// evidence about the element points: an area to develop is evidence against it, a strength is
// evidence for it, and not coding the element is no evidence either way, so it sits between. Then
// the worst disagreement, weighted kappa's zero credit, is one coder reading the same words as a
// strength and the other as a weakness; one coder noticing an element the other passed over gets
// part credit (Cohen, 1968, on weighting disagreements by how serious they are).
//
// A coder may mark one element both ways in one excerpt (good teamwork on the ward, poor teamwork
// with other teams). That fits none of the three categories, so the excerpt is left out of that
// element's stance kappa and listed, but it still counts as present for the presence kappa.
import { cohenKappa, type CohenKappa } from './cohen-kappa.js';
import type { CodePair } from './contingency-table.js';

export type Stance = 'strength' | 'develop';

/** One code on an excerpt: a cultural element and which way the evidence points. */
export interface ElementCode {
  element: string;
  stance: Stance;
}

export interface DoubleCodedExcerpt {
  id: string;
  /** The first coder's codes on this excerpt; empty when they coded no element. */
  first: readonly ElementCode[];
  second: readonly ElementCode[];
}

export type StanceCategory = 'develop' | 'absent' | 'strength';

/** The stance categories in scale order, lowest first. */
export const STANCE_SCALE: readonly StanceCategory[] = ['develop', 'absent', 'strength'];

export type PresenceCategory = 'absent' | 'present';
const PRESENCE: readonly PresenceCategory[] = ['absent', 'present'];

export interface ElementAgreement {
  element: string;
  /** Excerpts the first coder coded with this element, either stance. */
  codedByFirst: number;
  /** Excerpts the second coder coded with this element, either stance. */
  codedBySecond: number;
  /** Coded with this element or not, whatever the stance; over every excerpt. */
  presence: CohenKappa;
  /** Over develop / absent / strength: plain kappa, plus weighted kappa on the scale develop < absent < strength. */
  stance: CohenKappa;
  /** Ids of excerpts left out of `stance` because a coder marked this element as both a strength and an area to develop. */
  mixedStance: string[];
}

type Reading = StanceCategory | 'mixed';

function readElement(codes: readonly ElementCode[], element: string): Reading {
  let strength = false;
  let develop = false;
  for (const code of codes) {
    if (code.element !== element) continue;
    if (code.stance === 'strength') strength = true;
    else develop = true;
  }
  return strength && develop ? 'mixed' : strength ? 'strength' : develop ? 'develop' : 'absent';
}

function checkInput(excerpts: readonly DoubleCodedExcerpt[], elements: readonly string[]): void {
  const known = new Set<string>();
  for (const element of elements) {
    if (known.has(element)) throw new RangeError(`The element "${element}" is listed twice.`);
    known.add(element);
  }
  const ids = new Set<string>();
  for (const excerpt of excerpts) {
    if (ids.has(excerpt.id)) throw new RangeError(`Excerpt "${excerpt.id}" appears twice; each excerpt is compared once.`);
    ids.add(excerpt.id);
    for (const [coder, codes] of [['first', excerpt.first], ['second', excerpt.second]] as const) {
      for (const code of codes) {
        // An element outside the list is most likely a typo, and dropping it would hide a disagreement.
        if (!known.has(code.element)) throw new RangeError(`Excerpt "${excerpt.id}": the ${coder} coder's element "${code.element}" is not one of the elements being compared.`);
        if (code.stance !== 'strength' && code.stance !== 'develop') {
          throw new RangeError(`Excerpt "${excerpt.id}": the ${coder} coder's stance "${String(code.stance)}" on "${code.element}" is neither "strength" nor "develop".`);
        }
      }
    }
  }
}

/**
 * Kappa for every element, in the order of `elements`, over the excerpts both coders coded.
 * Throws a RangeError for a repeated element or excerpt id, or a code naming an element not in
 * `elements` or a stance other than strength or develop.
 */
export function agreementByElement(excerpts: readonly DoubleCodedExcerpt[], elements: readonly string[]): ElementAgreement[] {
  checkInput(excerpts, elements);
  return elements.map((element) => {
    const presencePairs: CodePair<PresenceCategory>[] = [];
    const stancePairs: CodePair<StanceCategory>[] = [];
    const mixedStance: string[] = [];
    let codedByFirst = 0;
    let codedBySecond = 0;
    for (const excerpt of excerpts) {
      const first = readElement(excerpt.first, element);
      const second = readElement(excerpt.second, element);
      if (first !== 'absent') codedByFirst++;
      if (second !== 'absent') codedBySecond++;
      presencePairs.push([first === 'absent' ? 'absent' : 'present', second === 'absent' ? 'absent' : 'present']);
      if (first === 'mixed' || second === 'mixed') mixedStance.push(excerpt.id);
      else stancePairs.push([first, second]);
    }
    return {
      element,
      codedByFirst,
      codedBySecond,
      presence: cohenKappa(presencePairs, PRESENCE),
      stance: cohenKappa(stancePairs, STANCE_SCALE, 'ordinal'),
      mixedStance,
    };
  });
}
