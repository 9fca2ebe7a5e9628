// The whole engine: recalculation, how conflicting rules are settled, direction 'neither', the
// assurance icon, the plain-English reasons, and bad input.
import { describe, expect, it } from 'vitest';
import { analyseSpc, PRESETS, RULE_PRIORITY, SpcInputError, SpcOptionsError, type PointType, type SpcOptions } from './index.js';

const WORKED = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];
const STEP = [16, 24, 22, 19, 19, 18, 24, 25, 18, 17, 16, 25, 15, 23, 19, 35, 32, 35, 31, 27, 33, 28, 38, 35, 30, 28, 29, 27, 24, 23];
// MDC "Special cause conflict": mean 25.8, limits 11.66..39.94, two-sigma lines 16.37 and 35.23.
// Points 1–2 are above the upper limit; 3–4 two of three above 35.23; 1–8 fall (a trend of 8);
// 8–14 rise; 6–11 are below the mean (shift); 7–9 two of three below 16.37.
const CONFLICT = [43, 41, 37, 36, 31, 23, 15, 13, 15, 18, 23, 27, 31, 36, 27, 19, 17, 27, 15, 22];
// MDC "Special cause crossing recalculations – shift", recalculated at point 16: points 14–15 are
// below partition 1's mean (25.4) and points 16–19 below partition 2's (29.53).
const CROSSING = [28, 23, 26, 21, 23, 25, 24, 29, 30, 27, 25, 30, 27, 24, 19, 22, 28, 28, 29, 33, 28, 30, 31, 30, 26, 27, 34, 30, 32, 35];

const LETTER: Record<PointType, string> = {
  common_cause: '.',
  special_cause_improvement: 'I',
  special_cause_concern: 'C',
  special_cause_neutral_high: 'H',
  special_cause_neutral_low: 'L',
};
const letters = (values: number[], options: SpcOptions) => analyseSpc(values, options).points.map((p) => LETTER[p.type]).join('');

describe('recalculation', () => {
  it('carries a run across a recalculation under mdc, each point against its own mean', () => {
    expect(letters(CROSSING, { direction: 'increase', rebase: [15] })).toBe('.............CCCCCC...........');
  });

  it('stops runs at a recalculation when asked, as NHSRplotthedots does', () => {
    expect(letters(CROSSING, { direction: 'increase', rebase: [15], rulesCrossRebase: false })).toBe('..............................');
    expect(PRESETS.ptd.rulesCrossRebase).toBe(false);
  });

  it('hides only the short partition under mdc, and with it the icons', () => {
    const result = analyseSpc(STEP, { direction: 'increase', target: 20, rebase: [20] });
    expect(result.partitions.map((p) => [p.start, p.end, p.lpl === null])).toEqual([
      [0, 20, false],
      [20, 30, true],
    ]);
    expect(result.points.slice(20).every((p) => p.type === 'common_cause')).toBe(true);
    expect(result.variation).toBeNull();
    expect(result.assurance).toBeNull();
    expect(result.reasons).toEqual(['Limits need at least 13 points; partition 2 (points 21–30) has 10.', 'There are no icons because the last partition has no limits.']);
  });

  it('gives a one-point partition no limits and says why', () => {
    const result = analyseSpc(STEP, { preset: 'ptd', rebase: [29] });
    expect(result.partitions[1]).toMatchObject({ start: 29, end: 30, basis: 1, mean: 23, movingRangeMean: null, lpl: null, upl: null });
    expect(result.variation).toBeNull();
    expect(result.reasons).toEqual([
      'Partition 2 (point 30) has a single point to set limits from, so it has no moving range and no limits.',
      'There are no icons because the last partition has no limits.',
    ]);
  });
});

describe('conflicting rules', () => {
  it('records every rule and the deciding one on the side shown', () => {
    const points = analyseSpc(CONFLICT, { direction: 'increase' }).points;
    expect(points[0]).toMatchObject({ type: 'special_cause_improvement', rule: 'astronomical', rules: ['astronomical', 'trend'] });
    expect(points[2]).toMatchObject({ type: 'special_cause_improvement', rule: 'two_of_three', rules: ['trend', 'two_of_three'] });
    expect(points[6]).toMatchObject({ type: 'special_cause_concern', rule: 'trend', rules: ['trend', 'two_of_three', 'shift'] });
    expect(points[9]).toMatchObject({ type: 'special_cause_improvement', rule: 'trend', rules: ['trend', 'shift'] });
    expect(RULE_PRIORITY).toEqual(['astronomical', 'trend', 'two_of_three', 'shift']);
  });

  it('shows conflicts as improvement under mdc, as concern or by rule priority when asked', () => {
    expect(letters(CONFLICT, { direction: 'increase' })).toBe('IIIICCCIIIIIII......');
    expect(letters(CONFLICT, { direction: 'increase', conflict: 'concern' })).toBe('CCCCCCCCCCCIII......');
    // Priority: the limit beats the trend at 1–2, the falling trend beats two-of-three at 3–4, and
    // point 8 (end of the fall, start of the rise) goes with the rise that follows.
    expect(letters(CONFLICT, { direction: 'increase', conflict: 'priority' })).toBe('IICCCCCIIIIIII......');
    expect(letters(CONFLICT, { direction: 'increase', preset: 'ptd', shiftPoints: 6, trendPoints: 6 })).toBe('IICCCCCIIIIIII......');
    expect(letters(CONFLICT, { direction: 'decrease' })).toBe('IIIIIIIIIIICCC......');
  });

  it('warns when the last point is in conflict', () => {
    // Baseline with mean exactly 12 and two-sigma lines at −1.60 and 25.60, then 25 24 23 22 21 20:
    // six falling points (a concern trend) that are also six points above the mean (an improvement shift).
    const values = [8, 16, 8, 16, 8, 16, 8, 16, 8, 16, 8, 16, 12, 25, 24, 23, 22, 21, 20];
    const run = (options: SpcOptions) => analyseSpc(values, { baseline: 13, ...options });
    const mdc = run({ direction: 'increase' });
    expect(mdc.points[18]).toMatchObject({ type: 'special_cause_improvement', rule: 'shift', rules: ['trend', 'shift'] });
    expect(mdc.variation).toBe('special_cause_improvement');
    expect(mdc.warnings).toEqual(['The last point meets both an improvement and a concern rule; it shows as improvement.']);
    const priority = run({ direction: 'increase', conflict: 'priority' });
    expect(priority.variation).toBe('special_cause_concern');
    expect(priority.warnings).toEqual(['The last point meets both an improvement and a concern rule; it shows as concern by rule priority.']);
    const neither = run({});
    expect(neither.variation).toBe('special_cause_neutral_low');
    expect(neither.warnings).toEqual(['The last point is high by one rule and low by another; it shows as low by rule priority.']);
  });
});

describe("direction 'neither'", () => {
  it('marks special causes high or low, settling conflicts by rule priority', () => {
    expect(letters(CONFLICT, { direction: 'neither' })).toBe('HHLLLLLHHHHHHH......');
    const result = analyseSpc(CONFLICT);
    expect(result.direction).toBe('neither');
    expect(result.points[0]).toMatchObject({ type: 'special_cause_neutral_high', rule: 'astronomical' });
    expect(result.points[3]).toMatchObject({ type: 'special_cause_neutral_low', rule: 'trend' });
  });

  it('gives no assurance icon even with a target, and says why', () => {
    const result = analyseSpc(WORKED, { target: 5 });
    expect(result.variation).toBe('common_cause');
    expect(result.assurance).toBeNull();
    expect(result.reasons).toEqual(['No assurance icon: a target needs an improvement direction of increase or decrease.']);
  });
});

describe('assurance icon', () => {
  // Worked example: limits 8.76 and 37.64.
  const icon = (direction: 'increase' | 'decrease', target: number, options: SpcOptions = {}) => analyseSpc(WORKED, { direction, target, ...options }).assurance;

  it('passes when the whole process is on the good side of the target, fails when none of it is', () => {
    expect(icon('increase', 8)).toBe('consistent_pass');
    expect(icon('increase', 40)).toBe('consistent_fail');
    expect(icon('increase', 30)).toBe('inconsistent');
    expect(icon('decrease', 40)).toBe('consistent_pass');
    expect(icon('decrease', 8)).toBe('consistent_fail');
    expect(icon('decrease', 9)).toBe('inconsistent');
  });

  it('treats a target exactly on a limit as decisive under mdc and as inconsistent under ptd', () => {
    const [p] = analyseSpc(WORKED).partitions;
    const lpl = p?.lpl as number;
    const upl = p?.upl as number;
    expect([icon('increase', lpl), icon('increase', upl), icon('decrease', lpl), icon('decrease', upl)]).toEqual([
      'consistent_pass',
      'consistent_fail',
      'consistent_fail',
      'consistent_pass',
    ]);
    // ptd screens nothing here (largest range 15 < 3.267 × 5.43), so its limits are the same.
    expect([icon('increase', lpl, { preset: 'ptd' }), icon('decrease', upl, { preset: 'ptd' })]).toEqual(['inconsistent', 'inconsistent']);
    expect(icon('increase', lpl, { targetOnLimitIsDecisive: false })).toBe('inconsistent');
  });

  it("uses the last partition's limits", () => {
    // Partition 2 (points 16–30): mean 30.33, moving range 52/14, lower limit 20.45. A target of
    // 20 is the first partition's mean but below the second's lower limit.
    expect(analyseSpc(STEP, { direction: 'increase', target: 20, rebase: [15] }).assurance).toBe('consistent_pass');
    expect(analyseSpc(STEP, { direction: 'increase', target: 20 }).assurance).toBe('inconsistent');
  });

  it('is null without a target, and says so', () => {
    const result = analyseSpc(WORKED, { direction: 'increase' });
    expect(result.assurance).toBeNull();
    expect(result.reasons).toEqual(['No assurance icon: no target was given.']);
  });
});

describe('bad input', () => {
  it('rejects a value that is not a finite number, saying where', () => {
    const attempt = (values: number[]) => {
      try {
        analyseSpc(values);
      } catch (error) {
        return error instanceof SpcInputError ? [error.index, error.value, error.message] : error;
      }
      return 'no error';
    };
    expect(attempt([1, 2, Number.NaN, 4])).toEqual([2, Number.NaN, 'Value 2 (counting from 0) is not a finite number: NaN.']);
    expect(attempt([Number.POSITIVE_INFINITY])).toEqual([0, Number.POSITIVE_INFINITY, 'Value 0 (counting from 0) is not a finite number: Infinity.']);
  });

  it('rejects options that cannot apply', () => {
    const message = (values: number[], options: SpcOptions) => {
      try {
        analyseSpc(values, options);
      } catch (error) {
        return error instanceof SpcOptionsError ? error.message : error;
      }
      return 'no error';
    };
    expect(message(WORKED, { rebase: [0] })).toBe('Rebase index 0 is out of range: a new partition can start at index 1 to 14 (counting from 0).');
    expect(message(WORKED, { rebase: [15] })).toBe('Rebase index 15 is out of range: a new partition can start at index 1 to 14 (counting from 0).');
    expect(message(WORKED, { rebase: [2.5] })).toBe('Rebase index 2.5 is out of range: a new partition can start at index 1 to 14 (counting from 0).');
    expect(message(WORKED, { rebase: [8, 8] })).toBe('Rebase indices must be strictly increasing; 8 comes after 8.');
    expect(message([], { rebase: [1] })).toBe('Rebase index 1 is out of range: a series of 0 values cannot be recalculated.');
    expect(message(WORKED, { baseline: 1 })).toBe('The baseline must be a whole number of at least 2 points, not 1.');
    expect(message(WORKED, { target: Number.NaN })).toBe('The target must be a finite number, not NaN.');
    expect(message(WORKED, { shiftPoints: 1 })).toBe('shiftPoints must be a whole number of at least 2, not 1.');
    expect(message(WORKED, { screeningFactor: 1 })).toBe('screeningFactor must be a number above 1, not 1.');
    expect(message(WORKED, { preset: 'spc' as never })).toBe('Unknown preset "spc"; choose mdc or ptd.');
    expect(message(WORKED, { direction: 'up' as never })).toBe('Unknown improvement direction "up"; choose increase, decrease or neither.');
    expect(message(WORKED, { conflict: 'latest' as never })).toBe('Unknown conflict rule "latest"; choose improvement, concern or priority.');
  });

  it('returns an empty chart with a reason for an empty series', () => {
    expect(analyseSpc([])).toMatchObject({ partitions: [], points: [], variation: null, assurance: null, warnings: [], reasons: ['The series is empty, so there is nothing to chart.'] });
  });
});

describe('options', () => {
  it('apply over the preset, and the result says which settings were used', () => {
    const result = analyseSpc(WORKED, { preset: 'ptd', shiftPoints: 6 });
    expect(result.preset).toBe('ptd');
    expect(result.settings).toEqual({ ...PRESETS.ptd, shiftPoints: 6 });
    expect(analyseSpc(WORKED).settings).toEqual(PRESETS.mdc);
  });

  it('accept a typed array', () => {
    const result = analyseSpc(Float64Array.from(WORKED));
    expect(result.partitions[0]?.upl).toBeCloseTo(37.64, 2);
    expect(result.points[8]).toMatchObject({ index: 8, value: 31, partition: 0, type: 'common_cause', rule: null, rules: [] });
  });
});
