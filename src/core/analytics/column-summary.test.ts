// Item summaries, checked against values worked by hand and from numpy.
import { describe, expect, it } from 'vitest';
import { summarise, summariseByGroup } from './column-summary.js';

const col = (...values: number[]) => Float64Array.from(values);
const { NaN } = Number;

describe('summarise', () => {
  it('counts, averages and spreads the answered values only', () => {
    // 1..5 plus a blank: mean 3, squared deviations 4+1+0+1+4 = 10, sd = √(10/4) = √2.5.
    // Positive at ≥ 4: the 4 and the 5, so 2 of 5 = 40%.
    const s = summarise(col(1, 2, NaN, 3, 4, 5), 4);
    expect(s.n).toBe(5);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 14);
    expect(s.positive).toBe(2);
    expect(s.pctPositive).toBe(40);
  });

  it('matches numpy on an uneven sample', () => {
    // numpy: w.mean() = 3.5, w.std(ddof=1) = 1.0 for w = [3,4,2,5,4,3,3,4,5,2,4,3]
    const s = summarise(col(3, 4, 2, 5, 4, 3, 3, 4, 5, 2, 4, 3));
    expect(s.mean).toBeCloseTo(3.5, 14);
    expect(s.sd).toBeCloseTo(1.0, 14);
  });

  it('keeps the SD exact when the values sit far from zero', () => {
    // The textbook Σx² − (Σx)²/n loses every digit here (1e18 has no room for the units).
    const s = summarise(col(1e9 + 1, 1e9 + 2, 1e9 + 3));
    expect(s.mean).toBe(1e9 + 2);
    expect(s.sd).toBeCloseTo(1, 9);
  });

  it('leaves % positive null without a threshold', () => {
    expect(summarise(col(1, 5))).toMatchObject({ n: 2, positive: null, pctPositive: null });
  });

  it('returns nulls rather than NaN for an empty or all-blank column', () => {
    const empty = { n: 0, mean: null, sd: null, positive: 0, pctPositive: null };
    expect(summarise(new Float64Array(0), 4)).toEqual(empty);
    expect(summarise(col(NaN, NaN), 4)).toEqual(empty);
  });

  it('gives a mean but no SD for one answer, and SD 0 for identical answers', () => {
    expect(summarise(col(NaN, 4), 4)).toEqual({ n: 1, mean: 4, sd: null, positive: 1, pctPositive: 100 });
    expect(summarise(col(3, 3, 3), 4)).toEqual({ n: 3, mean: 3, sd: 0, positive: 0, pctPositive: 0 });
  });
});

describe('summariseByGroup', () => {
  it('summarises each group in one pass and leaves out respondents in no group', () => {
    const values = col(1, 5, 2, NaN, 4, 3, 5);
    const groups = { index: Int32Array.from([0, 1, 0, 1, 1, -1, 2]), labels: ['a', 'b', 'c'] };
    const [a, b, c] = summariseByGroup(values, groups, 4);
    // a: 1 and 2 → mean 1.5, sd √0.5; none positive.
    expect(a).toMatchObject({ n: 2, mean: 1.5, positive: 0, pctPositive: 0 });
    expect(a?.sd).toBeCloseTo(Math.sqrt(0.5), 14);
    // b: 5 and 4 (the blank is unanswered) → mean 4.5, both positive.
    expect(b).toMatchObject({ n: 2, mean: 4.5, positive: 2, pctPositive: 100 });
    // c: only the 5; the 3 belongs to no group.
    expect(c).toEqual({ n: 1, mean: 5, sd: null, positive: 1, pctPositive: 100 });
  });

  it('reports a group nobody in the column answered for as empty', () => {
    const [, empty] = summariseByGroup(col(2, 3), { index: Int32Array.from([0, 0]), labels: ['x', 'y'] });
    expect(empty).toEqual({ n: 0, mean: null, sd: null, positive: null, pctPositive: null });
  });

  it('refuses groups that do not line up with the column', () => {
    expect(() => summariseByGroup(col(1, 2), { index: new Int32Array(3), labels: ['x'] })).toThrow(RangeError);
  });
});
