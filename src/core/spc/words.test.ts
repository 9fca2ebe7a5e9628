// The plain-English readings of an SPC result: these words are the only way some people get
// the chart, so each rule and direction is checked to say the right side.
import { describe, expect, it } from 'vitest';
import { analyseSpc } from './index.js';
import { assuranceText, describeAssurance, describePoint, describeVariation, formatNumber, lineDecimals, summariseChart, variationLetter, variationText } from './words.js';

describe('describeVariation', () => {
  it('names the side, which depends on the direction of improvement', () => {
    expect(describeVariation('special_cause_improvement', 'increase')).toBe('Special cause improvement (high)');
    expect(describeVariation('special_cause_improvement', 'decrease')).toBe('Special cause improvement (low)');
    expect(describeVariation('special_cause_concern', 'increase')).toBe('Special cause concern (low)');
    expect(describeVariation('special_cause_concern', 'decrease')).toBe('Special cause concern (high)');
    expect(describeVariation('special_cause_neutral_high', 'neither')).toBe('Special cause, neither improvement nor concern (high)');
    expect(describeVariation('common_cause', 'increase')).toBe('Common cause: no significant change');
  });

  it('gives the icon letter to match', () => {
    expect(variationLetter('special_cause_concern', 'increase')).toBe('L');
    expect(variationLetter('special_cause_concern', 'decrease')).toBe('H');
    expect(variationLetter('special_cause_neutral_low', 'neither')).toBe('L');
    expect(variationLetter('common_cause', 'neither')).toBeNull();
  });
});

describe('describeAssurance', () => {
  it('says whether the target will be met', () => {
    expect(describeAssurance('consistent_pass')).toBe('The target will consistently be met');
    expect(describeAssurance('consistent_fail')).toBe('The target will consistently be missed');
    expect(describeAssurance('inconsistent')).toMatch(/some of the time/);
  });
});

describe('describePoint', () => {
  it('names the rule, on the side the point is shown', () => {
    // Lower is better; the last seven sit above the mean of 11.8 (a shift of 6 or more: concern).
    const shift = analyseSpc([10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 13, 13, 13, 13, 13, 13, 13], { direction: 'decrease' });
    expect(describePoint(shift.points[16]!, shift)).toBe('Special cause: concern (run of 6 or more above the mean)');
    expect(describePoint(shift.points[5]!, shift)).toBe('Common cause variation');
  });

  it('reads a point beyond a limit and a falling trend', () => {
    const r = analyseSpc([20, 21, 19, 20, 21, 19, 20, 21, 19, 20, 15, 16, 17, 18, 19, 20, 21], { direction: 'decrease' });
    expect(describePoint(r.points[10]!, r)).toBe('Special cause: improvement (below the lower process limit)');
    expect(describePoint(r.points[16]!, r)).toBe('Special cause: concern (6 or more points rising in a row)');
  });

  it('says a point was not judged where the limits are hidden', () => {
    const short = analyseSpc([1, 2, 3, 2, 1]);
    expect(describePoint(short.points[0]!, short)).toBe('Not judged: no process limits');
  });
});

describe('summariseChart', () => {
  it('sums up the chart in one sentence', () => {
    const r = analyseSpc([20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18], { direction: 'increase', target: 30 });
    const periods = Array.from({ length: 15 }, (_, i) => `Week ${i + 1}`);
    expect(summariseChart(r, periods, 'minutes', 30)).toBe(
      'An SPC chart of 15 values (minutes) from Week 1 to Week 15; mean 23.2 and process limits 8.8 to 37.6; target 30; no special cause points; the latest value is 18, which shows common cause variation.',
    );
  });

  it('copes with no points', () => {
    expect(summariseChart(analyseSpc([]), [], '', null)).toBe('There are no points to chart.');
  });
});

describe('lineDecimals', () => {
  it('shows the lines one decimal finer than the values, up to 3', () => {
    expect(lineDecimals([1, 2, 3])).toBe(1);
    expect(lineDecimals([1.25, 2])).toBe(3);
    expect(lineDecimals([0.12345])).toBe(3);
  });
});

describe('icon words', () => {
  it('prefix what the icon is', () => {
    expect(variationText('special_cause_improvement', 'increase')).toBe('Variation: special cause improvement (high)');
    expect(assuranceText('consistent_pass')).toBe('Assurance: the target will consistently be met');
  });
});

describe('formatNumber', () => {
  it('pads the lines to a fixed number of decimals so a column lines up', () => {
    expect(formatNumber(52, 1, true)).toBe('52.0');
    expect(formatNumber(1234.5678)).toBe('1,234.568');
  });
});
