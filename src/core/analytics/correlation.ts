// Pearson's correlation between two columns of answers, with a confidence interval and a p-value,
// for "which items go with the outcome" (key drivers).
//
// Pairwise deletion: a respondent counts when they answered both questions, so each pair of
// columns has its own n. That keeps every answer that can be used; the regression, which needs
// one set of people for all its predictors, deletes listwise instead (see linear-regression).
import jstat from 'jstat';
import { tTwoSidedP } from './wave-comparison.js';

// jStat is CommonJS: its named export reaches ESM through the default import.
const { normal } = jstat.jStat;

export interface Correlation {
  /** Respondents who answered both. */
  n: number;
  /** Null when fewer than two pairs, or either column has no variance among the pairs. */
  r: number | null;
  /** Fisher-z confidence interval; null when r is, or with fewer than 4 pairs (se = 1/√(n − 3)). */
  ciLow: number | null;
  ciHigh: number | null;
  /** Two-sided, from Student's t with n − 2 df; null when r is, or with fewer than 3 pairs. */
  pValue: number | null;
}

export interface CorrelationOptions {
  /** Confidence level of the interval, strictly between 0 and 1. Default 0.95. */
  level?: number;
}

/** Throws a RangeError unless 0 < level < 1; returns the matching two-sided normal quantile. */
export function normalQuantileFor(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`A confidence level must lie between 0 and 1; got ${level}.`);
  return normal.inv((1 + level) / 2, 0, 1);
}

/**
 * Whether a column varies, from its centred sum of squares over n values and its mean. A spread
 * below 1e-10 of the values' size is rounding noise, not a real difference: a scale score that is
 * the same for everyone can still differ in its last bits when it was averaged from different
 * items, and a correlation "computed" from those bits would look real and mean nothing.
 */
export function hasSpread(centredSquares: number, n: number, mean: number): boolean {
  const floor = 1e-10 * mean;
  return centredSquares > 0 && centredSquares > n * floor * floor;
}

/**
 * The two-sided p-value of t with `df` degrees of freedom, also for an infinite t (a perfect
 * correlation), which jStat cannot take: it squares t, and past about 1e154 that overflows.
 */
export const tPValue = (t: number, df: number): number => (Math.abs(t) > 1e150 ? 0 : tTwoSidedP(t, df));

/** Pearson's r between x and y over the respondents who answered both (NaN = unanswered). */
export function pearson(x: Float64Array, y: Float64Array, options: CorrelationOptions = {}): Correlation {
  if (x.length !== y.length) throw new RangeError(`The columns have ${x.length} and ${y.length} values; they need one per respondent each.`);
  const z = normalQuantileFor(options.level ?? 0.95);
  // Sums about the first pair (see column-summary for why a shift rather than zero).
  let first = 0;
  while (first < x.length && (x[first] !== x[first] || y[first] !== y[first])) first++;
  const sx = x[first] ?? 0;
  const sy = y[first] ?? 0;
  let n = 0;
  let sumX = 0;
  let sumY = 0;
  let sumXX = 0;
  let sumYY = 0;
  let sumXY = 0;
  for (let i = first; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (a !== a || b !== b) continue;
    const dx = a - sx;
    const dy = b - sy;
    n++;
    sumX += dx;
    sumY += dy;
    sumXX += dx * dx;
    sumYY += dy * dy;
    sumXY += dx * dy;
  }
  const none: Correlation = { n, r: null, ciLow: null, ciHigh: null, pValue: null };
  if (n < 2) return none;
  const cxx = sumXX - (sumX * sumX) / n;
  const cyy = sumYY - (sumY * sumY) / n;
  if (!hasSpread(cxx, n, sx + sumX / n) || !hasSpread(cyy, n, sy + sumY / n)) return none;
  // Rounding can carry a perfect correlation a hair past ±1, where atanh is NaN.
  const r = Math.max(-1, Math.min(1, (sumXY - (sumX * sumY) / n) / Math.sqrt(cxx * cyy)));
  return { n, r, ...fisherInterval(r, n, z), pValue: n < 3 ? null : tPValue(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2) };
}

// atanh(r) is close to normal with standard error 1/√(n − 3) (Fisher, 1921), whereas r itself is
// skewed near ±1; the interval is built on that scale and mapped back, so it stays inside −1..1
// and is lopsided round r as it should be. A perfect r maps to ±∞ and gives [r, r].
function fisherInterval(r: number, n: number, z: number): { ciLow: number | null; ciHigh: number | null } {
  if (n < 4) return { ciLow: null, ciHigh: null };
  const centre = Math.atanh(r);
  const half = z / Math.sqrt(n - 3);
  return { ciLow: Math.tanh(centre - half), ciHigh: Math.tanh(centre + half) };
}
