// Per-element agreement for excerpts coded with several elements, each a strength or an area to
// develop, against tables worked on paper.
import { describe, expect, it } from 'vitest';
import { agreementByElement, type DoubleCodedExcerpt, type ElementCode } from './element-agreement.js';

const strength = (element: string): ElementCode => ({ element, stance: 'strength' });
const develop = (element: string): ElementCode => ({ element, stance: 'develop' });
const ELEMENTS = ['vision_values', 'teamwork', 'learning_innovation'];

// Ten excerpts. Teamwork, first coder / second coder:
//   e1–e3 develop/develop, e4–e5 neither, e6–e7 strength/strength,
//   e8 develop/none, e9 develop/strength, e10 strength/none.
// Learning and innovation: e1 the first coder marks both ways (mixed), the second a strength;
//   e2 strength/strength; e3 none/develop. Vision and values: never coded by anyone.
const EXCERPTS: DoubleCodedExcerpt[] = [
  { id: 'e1', first: [develop('teamwork'), strength('learning_innovation'), develop('learning_innovation')], second: [develop('teamwork'), strength('learning_innovation')] },
  { id: 'e2', first: [develop('teamwork'), strength('learning_innovation')], second: [develop('teamwork'), strength('learning_innovation')] },
  { id: 'e3', first: [develop('teamwork')], second: [develop('teamwork'), develop('learning_innovation')] },
  { id: 'e4', first: [], second: [] },
  { id: 'e5', first: [], second: [] },
  { id: 'e6', first: [strength('teamwork')], second: [strength('teamwork')] },
  { id: 'e7', first: [strength('teamwork')], second: [strength('teamwork')] },
  { id: 'e8', first: [develop('teamwork')], second: [] },
  { id: 'e9', first: [develop('teamwork')], second: [strength('teamwork')] },
  { id: 'e10', first: [strength('teamwork')], second: [] },
];

describe('agreementByElement', () => {
  const [vision, teamwork, learning] = agreementByElement(EXCERPTS, ELEMENTS);

  it('returns one result per element, in the order given', () => {
    expect([vision?.element, teamwork?.element, learning?.element]).toEqual(ELEMENTS);
  });

  it('matches the teamwork tables worked on paper', () => {
    // Stance, rows first coder, columns second, order develop / absent / strength:
    //   [[3, 1, 1], [0, 2, 0], [0, 1, 2]]. Shares: first 0.5 0.2 0.3, second 0.3 0.4 0.3.
    //   p_o = 0.7, p_e = 0.15 + 0.08 + 0.09 = 0.32, kappa = 0.38/0.68 = 19/34.
    //   Linear: e8 and e10 are near misses (0.5 credit), e9 strength against develop gets none:
    //     p_o = 0.8, p_e = 0.5·0.5 + 0.2·0.7 + 0.3·0.5 = 0.54, kappa = 0.26/0.46 = 13/23.
    //   Quadratic (near miss 0.75): p_o = 0.85, p_e = 0.5·0.6 + 0.2·0.85 + 0.3·0.6 = 0.65, kappa = 4/7.
    const t = teamwork!;
    expect(t.codedByFirst).toBe(8);
    expect(t.codedBySecond).toBe(6);
    expect(t.mixedStance).toEqual([]);
    expect(t.stance.n).toBe(10);
    expect(t.stance.observed).toBeCloseTo(0.7, 14);
    expect(t.stance.expected).toBeCloseTo(0.32, 14);
    expect(t.stance.kappa).toBeCloseTo(19 / 34, 14);
    expect(t.stance.weighted?.linear.kappa).toBeCloseTo(13 / 23, 14);
    expect(t.stance.weighted?.quadratic.kappa).toBeCloseTo(4 / 7, 14);
    // Presence (absent / present): [[2, 0], [2, 6]]: p_o = 0.8; first present 0.8, second 0.6;
    // p_e = 0.2·0.4 + 0.8·0.6 = 0.56, kappa = 0.24/0.44 = 6/11. e9 counts as agreement here.
    expect(t.presence.observed).toBeCloseTo(0.8, 14);
    expect(t.presence.kappa).toBeCloseTo(6 / 11, 14);
    expect(t.presence.weighted).toBeNull();
  });

  it('leaves a mixed-stance excerpt out of the stance kappa but counts it as present', () => {
    // Stance over the 9 other excerpts: e2 strength/strength, e3 absent/develop, 7 absent/absent.
    //   p_o = 8/9. Shares: first absent 8/9, strength 1/9; second develop 1/9, absent 7/9, strength 1/9.
    //   p_e = 56/81 + 1/81 = 57/81, kappa = (72 − 57)/(81 − 57) = 15/24 = 5/8.
    //   Linear: p_o = 8/9 + 0.5/9 = 17/18; p_e = 8/9 · (1/18 + 7/9 + 1/18) + 1/9 · (7/18 + 1/9)
    //     = 64/81 + 1/18 = 137/162; kappa = (153 − 137)/(162 − 137) = 16/25.
    //   Quadratic: p_o = 8/9 + 0.75/9 = 35/36; p_e = 8/9 · 17/18 + 1/9 · 25/36 = 68/81 + 25/324 = 11/12;
    //     kappa = (35/36 − 33/36)/(1/12) = 2/3.
    const l = learning!;
    expect(l.mixedStance).toEqual(['e1']);
    expect(l.stance.n).toBe(9);
    expect(l.stance.kappa).toBeCloseTo(5 / 8, 14);
    expect(l.stance.weighted?.linear.kappa).toBeCloseTo(16 / 25, 14);
    expect(l.stance.weighted?.quadratic.kappa).toBeCloseTo(2 / 3, 14);
    // Presence over all 10: e1 and e2 present for both, e3 only for the second, 7 absent for both.
    // [[7, 1], [0, 2]]: p_o = 0.9, p_e = 0.8·0.7 + 0.2·0.3 = 0.62, kappa = 0.28/0.38 = 14/19.
    expect(l.codedByFirst).toBe(2);
    expect(l.codedBySecond).toBe(3);
    expect(l.presence.n).toBe(10);
    expect(l.presence.kappa).toBeCloseTo(14 / 19, 14);
  });

  it('reports an element nobody used as unmeasurable rather than as perfect agreement', () => {
    const v = vision!;
    expect(v.codedByFirst).toBe(0);
    expect(v.codedBySecond).toBe(0);
    expect(v.presence.kappa).toBeNull();
    expect(v.presence.reason).toMatch(/same category \("absent"\)/);
    expect(v.stance.kappa).toBeNull();
    expect(v.stance.observed).toBe(1);
  });

  it('counts a code repeated on one excerpt once', () => {
    const doubled = EXCERPTS.map((e) => (e.id === 'e9' ? { ...e, first: [develop('teamwork'), develop('teamwork')] } : e));
    const again = agreementByElement(doubled, ELEMENTS)[1]!;
    expect(again.stance.kappa).toBeCloseTo(19 / 34, 14);
    expect(again.codedByFirst).toBe(8);
  });

  it('has nothing to measure when no excerpts were double-coded', () => {
    const [result] = agreementByElement([], ['teamwork']);
    expect(result?.presence.n).toBe(0);
    expect(result?.stance.reason).toBe('No items were coded by both coders, so there is nothing to compare.');
  });

  it('throws for an element outside the list, a bad stance, or a repeated excerpt or element', () => {
    expect(() => agreementByElement([{ id: 'x', first: [strength('Teamwork')], second: [] }], ELEMENTS)).toThrow(
      'Excerpt "x": the first coder\'s element "Teamwork" is not one of the elements being compared.',
    );
    const badStance = { element: 'teamwork', stance: 'neutral' } as unknown as ElementCode;
    expect(() => agreementByElement([{ id: 'x', first: [], second: [badStance] }], ELEMENTS)).toThrow(/the second coder's stance "neutral"/);
    expect(() => agreementByElement([{ id: 'x', first: [], second: [] }, { id: 'x', first: [], second: [] }], ELEMENTS)).toThrow('Excerpt "x" appears twice; each excerpt is compared once.');
    expect(() => agreementByElement([], ['teamwork', 'teamwork'])).toThrow('The element "teamwork" is listed twice.');
  });
});
