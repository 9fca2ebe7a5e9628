// Has a result changed between two survey waves? A two-proportion z-test for % positive and
// Welch's t-test for means (which, unlike Student's, does not assume both waves share a variance).
// Every statistic is second minus first, so a positive z or t means the later wave is higher.
//
// When the standard error is zero there is nothing to judge a difference against: the
// statistic is null, and the p-value is 1 if the two waves are identical (both 100% positive,
// or every answer the same in both) and null if they differ, since no finite p-value is honest.
import jstat from 'jstat';

// jStat is CommonJS: its named export reaches ESM through the default import.
const { normal, studentt } = jstat.jStat;

export interface ZTest {
  z: number | null;
  pValue: number | null;
}

export interface TTest {
  t: number | null;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number | null;
  pValue: number | null;
}

/** Two-sided p-value of a standard normal statistic. */
export const normalTwoSidedP = (z: number): number => 2 * normal.cdf(-Math.abs(z), 0, 1);

/** Two-sided p-value of a Student's t statistic with `df` degrees of freedom (any df > 0). */
export const tTwoSidedP = (t: number, df: number): number => 2 * studentt.cdf(-Math.abs(t), df);

/** Counts of positive answers out of answered, per wave. */
export interface Proportion {
  positive: number | null;
  n: number;
}

/** Pooled two-proportion z-test. Null throughout when a wave has no answers or no threshold was set. */
export function twoProportionZTest(first: Proportion, second: Proportion): ZTest {
  if (first.positive === null || second.positive === null || !first.n || !second.n) return { z: null, pValue: null };
  const pooled = (first.positive + second.positive) / (first.n + second.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
  // The pooled share is 0 or 1 only when both waves are 0% or both 100%: identical.
  if (!(se > 0)) return { z: null, pValue: 1 };
  const z = (second.positive / second.n - first.positive / first.n) / se;
  return { z, pValue: normalTwoSidedP(z) };
}

/** n, mean and sample SD of one wave. */
export interface Sample {
  n: number;
  mean: number | null;
  sd: number | null;
}

/** Welch's unequal-variances t-test. Null throughout when a wave has fewer than two answers. */
export function welchTTest(first: Sample, second: Sample): TTest {
  if (first.n < 2 || second.n < 2 || first.mean === null || second.mean === null || first.sd === null || second.sd === null) {
    return { t: null, df: null, pValue: null };
  }
  const v1 = (first.sd * first.sd) / first.n;
  const v2 = (second.sd * second.sd) / second.n;
  const difference = second.mean - first.mean;
  if (!(v1 + v2 > 0)) return { t: null, df: null, pValue: difference === 0 ? 1 : null };
  const t = difference / Math.sqrt(v1 + v2);
  const df = ((v1 + v2) * (v1 + v2)) / ((v1 * v1) / (first.n - 1) + (v2 * v2) / (second.n - 1));
  return { t, df, pValue: tTwoSidedP(t, df) };
}
