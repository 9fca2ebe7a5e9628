// Each special-cause rule on small series worked by hand, including the conventions on which
// tools differ: points on the mean, equal neighbours in a trend, and which points two-of-three
// counts and flags.
import { describe, expect, it } from 'vitest';
import { analyseSpc, type SpcOptions } from './index.js';

// A baseline whose lines are exact: 8 and 16 alternating six times, then 12. Mean 156/13 = 12;
// moving ranges eleven 8s and one 4, mean 92/12 = 7.667. Limits 12 ± 20.39 (−8.39, 32.39),
// two-sigma lines 12 ± 13.60 (−1.60, 25.60). Nothing in it is special: the points alternate
// sides of the mean and stay inside ±2σ. Points appended after it are judged against these lines.
const BASE = [8, 16, 8, 16, 8, 16, 8, 16, 8, 16, 8, 16, 12];

/** Types and rules of the points appended after the baseline. */
function after(tail: number[], options: SpcOptions = {}) {
  const result = analyseSpc([...BASE, ...tail], { direction: 'increase', baseline: BASE.length, ...options });
  expect(result.points.slice(0, BASE.length).every((p) => p.type === 'common_cause')).toBe(true);
  return result.points.slice(BASE.length).map((p) => (p.rule === null ? '-' : `${p.type.replace('special_cause_', '')}:${p.rules.join('+')}`));
}

describe('the harness', () => {
  it('has the lines worked out above', () => {
    const [p] = analyseSpc(BASE).partitions;
    expect(p?.mean).toBe(12);
    expect(p?.movingRangeMean).toBeCloseTo(92 / 12, 12);
    expect(p?.upl).toBeCloseTo(32.3933, 4);
    expect(p?.upperTwoSigma).toBeCloseTo(25.5956, 4);
    expect(p?.lowerTwoSigma).toBeCloseTo(-1.5956, 4);
  });
});

describe('astronomical: a point beyond a process limit', () => {
  it('flags a point above the upper limit or below the lower one, and nothing just inside', () => {
    expect(after([33])).toEqual(['improvement:astronomical']);
    expect(after([-9])).toEqual(['concern:astronomical']);
    expect(after([32])).toEqual(['-']);
  });

  it('does not count a point exactly on a limit', () => {
    const p = analyseSpc(BASE).partitions[0];
    const onLimit = analyseSpc([...BASE, p?.upl as number], { baseline: BASE.length });
    expect(onLimit.points[BASE.length]?.type).toBe('common_cause');
  });
});

describe('shift: consecutive points on one side of the mean', () => {
  it('flags all six points of a six-point run under mdc, and none of five', () => {
    expect(after([13, 14, 13, 14, 13, 14])).toEqual(Array(6).fill('improvement:shift'));
    expect(after([13, 14, 13, 14, 13])).toEqual(Array(5).fill('-'));
    expect(after([11, 10, 11, 10, 11, 10])).toEqual(Array(6).fill('concern:shift'));
  });

  it('needs seven points under ptd', () => {
    expect(after([13, 14, 13, 14, 13, 14], { preset: 'ptd' })).toEqual(Array(6).fill('-'));
    expect(after([13, 14, 13, 14, 13, 14, 13], { preset: 'ptd' })).toEqual(Array(7).fill('improvement:shift'));
  });

  it('breaks the run at a point exactly on the mean', () => {
    // 13 14 13 | 12 | 14 13 14: two runs of three either side of the mean (12).
    expect(after([13, 14, 13, 12, 14, 13, 14])).toEqual(Array(7).fill('-'));
    expect(after([13, 14, 13, 12, 14, 13, 14], { shiftPoints: 3 })).toEqual(['improvement:shift', 'improvement:shift', 'improvement:shift', '-', 'improvement:shift', 'improvement:shift', 'improvement:shift']);
  });

  it('works without a baseline too', () => {
    // 9 13 9 13 9 13 9, then 13 15 13 15 13 15: mean 159/13 = 12.23, so the last six are a run above it
    // (the 13s before them are broken up by 9s). Moving ranges: seven 4s and five 2s, mean 38/12;
    // the upper two-sigma line 12.23 + 5.62 = 17.85 keeps 15 out of two-of-three.
    const result = analyseSpc([9, 13, 9, 13, 9, 13, 9, 13, 15, 13, 15, 13, 15], { direction: 'decrease' });
    expect(result.partitions[0]?.mean).toBeCloseTo(159 / 13, 12);
    expect(result.points.map((p) => p.type)).toEqual([...Array(7).fill('common_cause'), ...Array(6).fill('special_cause_concern')]);
    expect(result.points[7]).toMatchObject({ rule: 'shift', rules: ['shift'] });
  });
});

describe('trend: consecutive rises or falls', () => {
  it('counts points, not steps: six points (five rises) make a trend under mdc', () => {
    // 12 (end of the baseline) falls to 9, then 9 10 11 12 13 14 rise: six points, crossing the mean.
    expect(after([9, 10, 11, 12, 13, 14])).toEqual(Array(6).fill('improvement:trend'));
    expect(after([9, 10, 11, 12, 13])).toEqual(Array(5).fill('-'));
    expect(after([9, 10, 11, 12, 13], { trendPoints: 5 })).toEqual(Array(5).fill('improvement:trend'));
    // 12 rises to 14, then 14 13 12 11 10 9: six falling points.
    expect(after([14, 13, 12, 11, 10, 9])).toEqual(Array(6).fill('concern:trend'));
  });

  it('breaks a trend at two equal values', () => {
    expect(after([9, 10, 11, 11, 12, 13])).toEqual(Array(6).fill('-'));
  });

  it('needs seven points under ptd', () => {
    expect(after([9, 10, 11, 12, 13, 14], { preset: 'ptd' })).toEqual(Array(6).fill('-'));
    expect(after([8, 9, 10, 11, 12, 13, 14], { preset: 'ptd' })).toEqual(Array(7).fill('improvement:trend'));
  });

  it('lets a turning point end one trend and start the other', () => {
    // Rising 9..14 (points 1–6 after the baseline), then falling 14..9 (points 6–11): point 6 is in both.
    const flags = after([9, 10, 11, 12, 13, 14, 13, 12, 11, 10, 9]);
    expect(flags[5]).toBe('improvement:trend'); // both directions; mdc shows a conflict as improvement
    expect(after([9, 10, 11, 12, 13, 14, 13, 12, 11, 10, 9], { conflict: 'priority' })[5]).toBe('concern:trend'); // the trend that follows
  });
});

describe('two of three beyond a two-sigma line', () => {
  it('flags the two points beyond the line, not the third', () => {
    expect(after([26, 13, 26])).toEqual(['improvement:two_of_three', '-', 'improvement:two_of_three']);
    expect(after([-2, 11, -2])).toEqual(['concern:two_of_three', '-', 'concern:two_of_three']);
    expect(after([26, 13, 13])).toEqual(['-', '-', '-']);
  });

  it('needs the third point on the same side of the mean (configurable)', () => {
    expect(after([26, 11, 26])).toEqual(['-', '-', '-']);
    expect(after([26, 11, 26], { twoOfThreeSameSide: false })).toEqual(['improvement:two_of_three', '-', 'improvement:two_of_three']);
  });

  it('does not count a point beyond the process limit (configurable)', () => {
    // 33 is beyond the limit: it is astronomical, and the 26 beside it is alone beyond two sigma.
    expect(after([26, 33, 13])).toEqual(['-', 'improvement:astronomical', '-']);
    expect(after([26, 33, 13], { twoOfThreeCountsBeyondLimit: true })).toEqual(['improvement:two_of_three', 'improvement:astronomical+two_of_three', '-']);
  });
});
