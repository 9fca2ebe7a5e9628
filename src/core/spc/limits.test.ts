// Centre lines and limits worked by hand: the MDC worked example, moving ranges at a
// recalculation, a fixed baseline, and NHSRplotthedots's screening of large moving ranges.
import { describe, expect, it } from 'vitest';
import { analyseSpc, LIMIT_FACTOR, TWO_SIGMA_FACTOR } from './index.js';
import { movingRangeMean } from './moving-range.js';

const WORKED = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];
// MDC "Recalculations" series: points 1–15 around 20, points 16–30 around 30.
const STEP = [16, 24, 22, 19, 19, 18, 24, 25, 18, 17, 16, 25, 15, 23, 19, 35, 32, 35, 31, 27, 33, 28, 38, 35, 30, 28, 29, 27, 24, 23];

describe('process limits', () => {
  it('gives the MDC worked example: mean 23.20, mean moving range 5.43, limits 8.76 and 37.64', () => {
    // Sum 348 over 15 points; moving ranges 4 4 6 4 6 2 2 15 3 6 8 4 11 1 sum to 76 over 14.
    const [p] = analyseSpc(WORKED).partitions;
    expect(p).toMatchObject({ start: 0, end: 15, basis: 15, screenedMovingRanges: 0 });
    expect(p?.mean).toBeCloseTo(23.2, 12);
    expect(p?.movingRangeMean).toBeCloseTo(76 / 14, 12);
    expect(p?.lpl?.toFixed(2)).toBe('8.76');
    expect(p?.upl?.toFixed(2)).toBe('37.64');
    expect(p?.lpl).toBeCloseTo(23.2 - 2.66 * (76 / 14), 12);
    expect(p?.upl).toBeCloseTo(23.2 + 2.66 * (76 / 14), 12);
    // Two sigma is two thirds of the way to each limit: ±9.63.
    expect(p?.lowerTwoSigma).toBeCloseTo(23.2 - (2 / 3) * 2.66 * (76 / 14), 12);
    expect(p?.upperTwoSigma).toBeCloseTo(23.2 + (2 / 3) * 2.66 * (76 / 14), 12);
    expect(TWO_SIGMA_FACTOR).toBeCloseTo((2 / 3) * LIMIT_FACTOR, 15);
  });

  it('shows only the mean, 22.1, for the first 10 points under mdc, and explains why', () => {
    const result = analyseSpc(WORKED.slice(0, 10), { direction: 'increase', target: 30 });
    expect(result.partitions).toEqual([
      { start: 0, end: 10, basis: 10, mean: 22.1, movingRangeMean: 46 / 9, screenedMovingRanges: 0, lpl: null, upl: null, lowerTwoSigma: null, upperTwoSigma: null },
    ]);
    expect(result.points.every((p) => p.type === 'common_cause' && p.rule === null)).toBe(true);
    expect(result.variation).toBeNull();
    expect(result.assurance).toBeNull();
    expect(result.reasons).toEqual(['Limits and icons need at least 13 points; this series has 10.']);
    expect(result.warnings).toEqual([]);
  });

  it('shows trial limits for the same 10 points under ptd, with a warning', () => {
    // Moving ranges 4 4 6 4 6 2 2 15 3: mean 46/9 = 5.111; none reaches 3.267 × 5.111 = 16.70.
    const result = analyseSpc(WORKED.slice(0, 10), { preset: 'ptd' });
    const [p] = result.partitions;
    expect(p?.lpl?.toFixed(2)).toBe('8.50');
    expect(p?.upl?.toFixed(2)).toBe('35.70');
    expect(result.variation).toBe('common_cause');
    expect(result.warnings).toEqual([
      'This series has only 10 points to set limits from; limits from fewer than 13 points are trial limits that may move as points are added.',
    ]);
  });

  it('gives each partition its own mean and moving ranges, with no moving range across the recalculation', () => {
    // Points 1–15 sum to 300 (mean 20), moving ranges 8 2 3 0 1 6 1 7 1 1 9 10 8 4 = 61.
    // Points 16–30 sum to 455, moving ranges 3 3 4 4 6 5 10 3 5 2 1 2 3 1 = 52.
    // The range |35 − 19| = 16 between points 15 and 16 belongs to neither.
    const [p1, p2] = analyseSpc(STEP, { rebase: [15] }).partitions;
    expect(p1).toMatchObject({ start: 0, end: 15, basis: 15 });
    expect(p1?.mean).toBeCloseTo(20, 12);
    expect(p1?.movingRangeMean).toBeCloseTo(61 / 14, 12);
    expect(p2).toMatchObject({ start: 15, end: 30, basis: 15 });
    expect(p2?.mean).toBeCloseTo(455 / 15, 12);
    expect(p2?.movingRangeMean).toBeCloseTo(52 / 14, 12);
    expect(p2?.lpl).toBeCloseTo(455 / 15 - 2.66 * (52 / 14), 12);
    // Without the recalculation the 16 is one of 29 ranges.
    expect(analyseSpc(STEP).partitions[0]?.movingRangeMean).toBeCloseTo((61 + 16 + 52) / 29, 12);
  });

  it('sets the limits from a baseline and extends them to the later points', () => {
    const [p] = analyseSpc(STEP, { baseline: 15 }).partitions;
    expect(p).toMatchObject({ start: 0, end: 30, basis: 15 });
    expect(p?.mean).toBeCloseTo(20, 12);
    expect(p?.movingRangeMean).toBeCloseTo(61 / 14, 12);
    expect(p?.upl).toBeCloseTo(20 + 2.66 * (61 / 14), 12);
  });

  it("applies a baseline to each partition's first points, and counts only those towards the 13", () => {
    // Baseline 5: partition 1 from 16 24 22 19 19 (mean 20, ranges 8 2 3 0 → 3.25),
    // partition 2 from 35 32 35 31 27 (mean 32, ranges 3 3 4 4 → 3.5).
    const mdc = analyseSpc(STEP, { rebase: [15], baseline: 5, direction: 'increase' });
    expect(mdc.partitions.map((p) => [p.basis, p.mean, p.movingRangeMean, p.lpl])).toEqual([
      [5, 20, 3.25, null],
      [5, 32, 3.5, null],
    ]);
    expect(mdc.points.every((p) => p.type === 'common_cause')).toBe(true);
    expect(mdc.reasons).toEqual([
      'Limits need at least 13 points; the baseline of partition 1 (points 1–15) has 5.',
      'Limits need at least 13 points; the baseline of partition 2 (points 16–30) has 5.',
      'There are no icons because the last partition has no limits.',
    ]);
    const ptd = analyseSpc(STEP, { preset: 'ptd', rebase: [15], baseline: 5 });
    expect(ptd.partitions[0]?.lpl).toBeCloseTo(20 - 2.66 * 3.25, 12);
    expect(ptd.partitions[1]?.upl).toBeCloseTo(32 + 2.66 * 3.5, 12);
    expect(ptd.warnings).toEqual([
      'The baseline of partition 1 (points 1–15) has only 5 points to set limits from; limits from fewer than 13 points are trial limits that may move as points are added.',
      'The baseline of partition 2 (points 16–30) has only 5 points to set limits from; limits from fewer than 13 points are trial limits that may move as points are added.',
    ]);
  });
});

describe('moving-range screening (ptd)', () => {
  // 10 12 alternating six times, then 30: ranges are eleven 2s and one 18, mean 40/12 = 3.33.
  // 18 ≥ 3.267 × 3.33 = 10.89 is screened out, leaving 22/11 = 2. Mean 162/13 = 12.46.
  const SPIKE = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 30];

  it('drops ranges at or above 3.267 × the mean moving range once, and narrows the limits', () => {
    const ptd = analyseSpc(SPIKE, { preset: 'ptd' });
    const [p] = ptd.partitions;
    expect(p?.screenedMovingRanges).toBe(1);
    expect(p?.movingRangeMean).toBe(2);
    expect(p?.mean).toBeCloseTo(162 / 13, 12);
    expect(p?.lpl).toBeCloseTo(162 / 13 - 5.32, 12);
    expect(p?.upl).toBeCloseTo(162 / 13 + 5.32, 12);
    expect(ptd.points[12]).toMatchObject({ type: 'special_cause_neutral_high', rule: 'astronomical' });
    expect(ptd.warnings).toEqual(['This series: 1 moving range was at or above 3.267 × the mean moving range and left out before setting the limits.']);
  });

  it('is off under mdc, which keeps every range', () => {
    const [p] = analyseSpc(SPIKE).partitions;
    expect(p?.screenedMovingRanges).toBe(0);
    expect(p?.movingRangeMean).toBeCloseTo(40 / 12, 12);
    expect(p?.upl).toBeCloseTo(162 / 13 + 2.66 * (40 / 12), 12);
    expect(analyseSpc(SPIKE, { screenMovingRanges: true }).partitions[0]?.movingRangeMean).toBe(2);
  });

  it('screens nothing when every moving range is zero, rather than dividing by nothing', () => {
    expect(movingRangeMean([5, 5, 5, 5], 0, 4, true, 3.267)).toEqual({ mean: 0, screened: 0 });
    const flat = analyseSpc(Array<number>(13).fill(5), { preset: 'ptd' });
    expect(flat.partitions[0]).toMatchObject({ mean: 5, movingRangeMean: 0, lpl: 5, upl: 5, screenedMovingRanges: 0 });
    // Every point sits on the mean and on both limits: nothing is special.
    expect(flat.points.every((p) => p.type === 'common_cause')).toBe(true);
  });

  it('has no moving range for a single point', () => {
    expect(movingRangeMean([7], 0, 1, true, 3.267)).toEqual({ mean: null, screened: 0 });
    // The range never reaches back before the start it is given.
    expect(movingRangeMean([100, 1, 3, 6], 1, 4, false, 3.267)).toEqual({ mean: 2.5, screened: 0 });
  });
});
