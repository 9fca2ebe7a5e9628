// Respondent and group scale scores: the mean of answered items, then the mean of respondents.
import { describe, expect, it } from 'vitest';
import { respondentScaleScores, summariseScale, summariseScaleByGroup } from './scale-scores.js';

const col = (...values: number[]) => Float64Array.from(values);
const { NaN } = Number;

describe('scale scores', () => {
  it("averages each respondent's answered items and gives no score to someone who answered none", () => {
    const scores = respondentScaleScores([col(1, 2, NaN, 4), col(3, NaN, NaN, 5)]);
    expect([...scores]).toEqual([2, 2, NaN, 4.5]);
  });

  it('weights respondents equally, not answers', () => {
    // One person answered a single item with 5; another answered two items with 1 and 1.
    // Their scores are 5 and 1, so the group scores 3 (the mean of all answers would be 7/3).
    const s = summariseScale([col(5, 1), col(NaN, 1)]);
    expect(s.n).toBe(2);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(8), 14);
  });

  it('scores groups from their own respondents', () => {
    const groups = { index: Int32Array.from([0, 0, 1, 1, 1]), labels: ['ward a', 'ward b'] };
    const [a, b] = summariseScaleByGroup([col(1, 3, 4, NaN, 5), col(3, 3, NaN, NaN, 5)], groups);
    expect(a).toMatchObject({ n: 2, mean: 2.5 }); // scores 2 and 3
    expect(b).toMatchObject({ n: 2, mean: 4.5 }); // scores 4 and 5; the third answered nothing
  });

  it('copes with no items and with items of different lengths', () => {
    expect(respondentScaleScores([]).length).toBe(0);
    expect(summariseScale([])).toMatchObject({ n: 0, mean: null });
    expect(() => respondentScaleScores([col(1, 2), col(1)])).toThrow(RangeError);
  });
});
