// Cronbach's alpha, raw and standardised, against a worked example and numpy.
import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from './cronbach-alpha.js';

const col = (...values: number[]) => Float64Array.from(values);
const { NaN } = Number;

describe('cronbachAlpha', () => {
  it('matches a five-respondent example worked on paper', () => {
    // Items (all means 3):       A: 1 2 3 4 5   B: 2 1 3 5 4   C: 1 3 3 3 5
    // Variances (n−1 = 4):       A: 10/4 = 2.5  B: 10/4 = 2.5  C: 8/4 = 2       Σ = 7
    // Totals 4 6 9 12 14, mean 9, squared deviations 25+9+0+9+25 = 68, variance 17.
    // Raw alpha = 3/2 · (1 − 7/17) = 15/17.
    // Covariances: AB 8/4 = 2, AC 8/4 = 2, BC 4/4 = 1, so r = 0.8, 2/√5, 1/√5 and
    // r̄ = (0.8 + 3/√5)/3 = 0.713880…; standardised = 3r̄/(1 + 2r̄) = 0.882146… (numpy agrees:
    // 0.8821466388609502). The sixth respondent skipped B, so listwise deletion drops them.
    const items = [col(1, 2, 3, 4, 5, 5), col(2, 1, 3, 5, 4, NaN), col(1, 3, 3, 3, 5, 1)];
    const a = cronbachAlpha(items);
    expect(a.n).toBe(5);
    expect(a.raw).toBeCloseTo(15 / 17, 14);
    const rBar = (0.8 + 3 / Math.sqrt(5)) / 3;
    expect(a.standardised).toBeCloseTo((3 * rBar) / (1 + 2 * rBar), 14);
    expect(a.standardised).toBeCloseTo(0.8821466388609502, 14);
  });

  it('matches numpy on forty respondents and four items, ignoring incomplete respondents', () => {
    // Generated with numpy (default_rng(7)); expected alphas from numpy on the 40 complete rows:
    // raw k/(k−1)·(1 − Σ var(ddof=1)/var(total, ddof=1)), standardised from np.corrcoef.
    const data = [
      [3, 5, 2, 2, 2, 2, 3, 3, 2, 2, 3, 3, 4, 2, 2, 3, 1, 2, 1, 2, 1, 2, 1, 3, 3, 4, 1, 3, 2, 2, 1, 2, 2, 2, 5, 2, 3, 4, 3, 4],
      [3, 2, 5, 3, 3, 2, 3, 4, 2, 2, 3, 2, 4, 3, 3, 3, 1, 2, 1, 1, 1, 3, 2, 2, 3, 2, 1, 2, 3, 2, 2, 2, 2, 2, 4, 2, 3, 3, 2, 4],
      [2, 4, 3, 2, 4, 2, 4, 5, 4, 2, 4, 3, 3, 2, 1, 4, 2, 3, 1, 3, 1, 1, 1, 4, 3, 3, 2, 2, 3, 5, 3, 1, 1, 1, 4, 3, 4, 3, 3, 2],
      [3, 3, 2, 3, 2, 1, 4, 3, 3, 4, 3, 3, 4, 3, 1, 5, 2, 3, 1, 2, 1, 4, 2, 5, 2, 2, 1, 2, 3, 3, 1, 3, 2, 1, 4, 2, 4, 5, 3, 4],
    ];
    const extra = [
      [5, NaN, 1],
      [1, 5, NaN],
      [NaN, 1, 5],
      [1, 1, 1],
    ];
    const items = data.map((values, i) => Float64Array.from([...values, ...(extra[i] as number[])]));
    const a = cronbachAlpha(items);
    expect(a.n).toBe(40);
    expect(a.raw).toBeCloseTo(0.7739781887150305, 12);
    expect(a.standardised).toBeCloseTo(0.7770743898170112, 12);
  });

  it('gives raw alpha but no standardised alpha when one item never varies', () => {
    // A = 1 2 3 (variance 1), B = 2 2 2 (variance 0); totals 3 4 5 (variance 1).
    // Raw = 2 · (1 − 1/1) = 0; B's correlations are undefined.
    expect(cronbachAlpha([col(1, 2, 3), col(2, 2, 2)])).toEqual({ n: 3, raw: 0, standardised: null });
  });

  it('allows a negative alpha when items pull against each other', () => {
    // A = 1 2 3, B = 2 1 3: variances 1 and 1, totals 3 3 6 (variance 3). Raw = 2 · (1 − 2/3) = 2/3.
    // A = 1 2 3, C = 3 1 1: variances 1 and 4/3, covariance −1, total variance 1 + 4/3 − 2 = 1/3,
    // raw = 2 · (1 − (7/3)/(1/3)) = −12.
    expect(cronbachAlpha([col(1, 2, 3), col(2, 1, 3)]).raw).toBeCloseTo(2 / 3, 14);
    expect(cronbachAlpha([col(1, 2, 3), col(3, 1, 1)]).raw).toBeCloseTo(-12, 12);
  });

  it('is null for items that cancel out, so the total never varies', () => {
    expect(cronbachAlpha([col(1, 2, 3, 4), col(5, 4, 3, 2)])).toEqual({ n: 4, raw: null, standardised: null });
    // 7.3 − x in floating point leaves a total variance of rounding noise (about 1e-17), which
    // without the tolerance gives a raw alpha near −3e16.
    const a = col(0.1, 0.2, 0.7);
    expect(cronbachAlpha([a, a.map((x) => 7.3 - x)])).toEqual({ n: 3, raw: null, standardised: null });
  });

  it('has no standardised alpha when the correlations cancel, though the raw total still varies', () => {
    // A = 1 2 3 (variance 1), B = 6 4 2 (variance 4), covariance −2, so r = −1 and 1 + (k−1)·r̄ = 0.
    // Totals 7 6 5 have variance 1, so raw = 2 · (1 − 5/1) = −8.
    expect(cronbachAlpha([col(1, 2, 3), col(6, 4, 2)])).toEqual({ n: 3, raw: -8, standardised: null });
    // r between 0.1 0.7 0.3 and 7.3 minus those is −1 but for rounding.
    const a = col(0.1, 0.7, 0.3);
    expect(cronbachAlpha([a, a.map((x) => 7.3 - x)]).standardised).toBeNull();
  });

  it('is null for one item, one complete respondent, or none', () => {
    expect(cronbachAlpha([col(1, 2, 3)])).toEqual({ n: 3, raw: null, standardised: null });
    expect(cronbachAlpha([col(1, 2, NaN), col(3, NaN, 4)])).toEqual({ n: 1, raw: null, standardised: null });
    expect(cronbachAlpha([new Float64Array(0), new Float64Array(0)])).toEqual({ n: 0, raw: null, standardised: null });
    expect(cronbachAlpha([])).toEqual({ n: 0, raw: null, standardised: null });
  });
});
