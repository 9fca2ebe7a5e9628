// Wave comparisons and their p-values, against SciPy.
import { describe, expect, it } from 'vitest';
import { summarise } from './column-summary.js';
import { normalTwoSidedP, tTwoSidedP, twoProportionZTest, welchTTest } from './wave-comparison.js';

const col = (...values: number[]) => Float64Array.from(values);
const wave1 = col(3, 4, 2, 5, 4, 3, 3, 4, 5, 2, 4, 3);
const wave2 = col(4, 5, 4, 5, 3, 4, 5, 5, 4, 4);

describe('p-values', () => {
  // jStat's incomplete beta agrees with SciPy to within 5e-7, far finer than any p-value shown.
  it('match SciPy', () => {
    // 2 * scipy.stats.norm.sf(|z|) and 2 * scipy.stats.t.sf(|t|, df)
    expect(normalTwoSidedP(1.96)).toBeCloseTo(0.04999579029644087, 6);
    expect(normalTwoSidedP(-5.2) / 1.992885263386694e-7).toBeCloseTo(1, 9);
    expect(tTwoSidedP(2.5, 3.7)).toBeCloseTo(0.07182202291182678, 6);
    expect(tTwoSidedP(-0.3, 120.5)).toBeCloseTo(0.7646940598579267, 6);
    expect(tTwoSidedP(6, 1)).toBeCloseTo(0.10513691342250688, 6);
    // National scale: a million degrees of freedom (SciPy: 2 * stats.t.sf(2, 1e6)).
    expect(tTwoSidedP(2, 1e6)).toBeCloseTo(0.04550053385131924, 6);
  });
});

describe('welchTTest', () => {
  it('matches SciPy and reads as the second wave minus the first', () => {
    // scipy.stats.ttest_ind(wave2, wave1, equal_var=False):
    // statistic 2.228344058124622, df 19.274032062040625, pvalue 0.03795092010216965
    const r = welchTTest(summarise(wave1), summarise(wave2));
    expect(r.t).toBeCloseTo(2.228344058124622, 12);
    expect(r.df).toBeCloseTo(19.274032062040625, 10);
    expect(r.pValue).toBeCloseTo(0.03795092010216965, 6);
    const reversed = welchTTest(summarise(wave2), summarise(wave1));
    expect(reversed.t).toBeCloseTo(-2.228344058124622, 12);
    expect(reversed.pValue).toBeCloseTo(0.03795092010216965, 6);
  });

  it('handles a wave with no spread: its df falls back to the other wave', () => {
    // scipy.stats.ttest_ind([1.5, 2.5, 3, 3.5, 4.5], [2, 2, 2], equal_var=False): t 2.0, df 4.0, p 0.11611652351681556
    const r = welchTTest(summarise(col(2, 2, 2)), summarise(col(1.5, 2.5, 3, 3.5, 4.5)));
    expect(r.t).toBeCloseTo(2, 14);
    expect(r.df).toBeCloseTo(4, 12);
    expect(r.pValue).toBeCloseTo(0.11611652351681556, 6);
  });

  it('gives p = 1 for two identical constant waves and no p for two different ones', () => {
    expect(welchTTest(summarise(col(3, 3)), summarise(col(3, 3, 3)))).toEqual({ t: null, df: null, pValue: 1 });
    expect(welchTTest(summarise(col(3, 3)), summarise(col(4, 4, 4)))).toEqual({ t: null, df: null, pValue: null });
  });

  it('needs two answers in each wave', () => {
    const none = { t: null, df: null, pValue: null };
    expect(welchTTest(summarise(col(3)), summarise(wave2))).toEqual(none);
    expect(welchTTest(summarise(wave1), summarise(new Float64Array(0)))).toEqual(none);
  });
});

describe('twoProportionZTest', () => {
  it('matches SciPy on the waves above at ≥ 4 positive (6/12 against 9/10)', () => {
    // z from the pooled formula; SciPy: sqrt of scipy.stats.chi2_contingency([[6, 6], [9, 1]],
    // correction=False) statistic = 2.005706145689628, pvalue 0.044887609135493285.
    const r = twoProportionZTest(summarise(wave1, 4), summarise(wave2, 4));
    expect(r.z).toBeCloseTo(2.005706145689628, 12);
    expect(r.pValue).toBeCloseTo(0.044887609135493285, 6);
    expect(twoProportionZTest(summarise(wave2, 4), summarise(wave1, 4)).z).toBeCloseTo(-2.005706145689628, 12);
  });

  it('matches SciPy on larger counts', () => {
    // scipy.stats.chi2_contingency([[412, 588], [455, 525]], correction=False):
    // √statistic = 2.3446150449899728, pvalue 0.019046733463615316
    const r = twoProportionZTest({ positive: 412, n: 1000 }, { positive: 455, n: 980 });
    expect(r.z).toBeCloseTo(2.3446150449899728, 12);
    expect(r.pValue).toBeCloseTo(0.019046733463615316, 6);
  });

  it('gives p = 1 when both waves are all positive or all not, and nothing without answers or a threshold', () => {
    expect(twoProportionZTest({ positive: 5, n: 5 }, { positive: 3, n: 3 })).toEqual({ z: null, pValue: 1 });
    expect(twoProportionZTest({ positive: 0, n: 5 }, { positive: 0, n: 3 })).toEqual({ z: null, pValue: 1 });
    expect(twoProportionZTest({ positive: 0, n: 0 }, { positive: 3, n: 3 })).toEqual({ z: null, pValue: null });
    expect(twoProportionZTest(summarise(wave1), summarise(wave2))).toEqual({ z: null, pValue: null });
  });
});
