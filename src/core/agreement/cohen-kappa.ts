// Cohen's kappa: how far two coders agree beyond what chance alone would give (Cohen, 1960),
// with weighted kappa for ordered categories (Cohen, 1968) and a 95% confidence interval from the
// large-sample standard error of Fleiss, Cohen & Everitt (1969).
//
//   p_o = share of items both coders put in the same category
//   p_e = Σ (first coder's share of a category × second coder's share of it): the agreement two
//         coders would reach by coding independently at their own rates
//   κ   = (p_o − p_e) / (1 − p_e)
//
// Weighted kappa is the same formula with partial credit for near misses (see kappa-weights).
//
// The degenerate cases are reported, not computed: with no items there is nothing to compare, and
// when both coders put every item in one and the same category p_e = 1, so κ = 0/0. That is not
// "perfect agreement": the coders never had a chance to disagree, so the data cannot tell.
import { crossTabulate, type AgreementTable, type CodePair } from './contingency-table.js';
import { agreementWeights, type WeightScheme } from './kappa-weights.js';
import { kappaStandardError } from './kappa-standard-error.js';

/** Unordered categories get plain kappa only; ordered ones also get linear and quadratic weighted kappa. */
export type KappaScale = 'nominal' | 'ordinal';

/** The 0.975 quantile of the standard normal distribution, for a two-sided 95% interval. */
const Z_95 = 1.959963984540054;

export interface WeightedKappa {
  /** Weighted observed agreement: Σ wᵢⱼ pᵢⱼ. */
  observed: number;
  /** Weighted chance agreement: Σ wᵢⱼ pᵢ. p.ⱼ. */
  expected: number;
  /** Null in the same degenerate case as plain kappa. */
  kappa: number | null;
}

export interface CohenKappa {
  /** Items coded by both coders. */
  n: number;
  /** p_o, the share of items on which the coders agree. Null when n = 0. */
  observed: number | null;
  /** p_e, the agreement expected by chance from each coder's own category shares. Null when n = 0. */
  expected: number | null;
  /** Unweighted kappa; null when it cannot be worked out, with `reason` saying why. */
  kappa: number | null;
  /** Large-sample standard error of unweighted kappa, not assuming κ = 0 (Fleiss, Cohen & Everitt, 1969). */
  standardError: number | null;
  /** κ ± 1.96 SE, clipped to [−1, 1], the range kappa can take. */
  ci95: readonly [low: number, high: number] | null;
  /** Only for an ordinal scale, with categories listed from lowest to highest. */
  weighted: { linear: WeightedKappa; quadratic: WeightedKappa } | null;
  /** Why `kappa` is null; null when it is not. */
  reason: string | null;
}

function weightedKappa<C>(table: AgreementTable<C>, scheme: WeightScheme, degenerate: boolean): WeightedKappa {
  const { n, counts, firstTotals, secondTotals } = table;
  const weights = agreementWeights(counts.length, scheme);
  let observed = 0;
  let expected = 0;
  counts.forEach((row, i) =>
    row.forEach((count, j) => {
      const w = (weights[i] as number[])[j] as number;
      observed += (w * count) / n;
      expected += (w * (firstTotals[i] as number) * (secondTotals[j] as number)) / (n * n);
    }),
  );
  return { observed, expected, kappa: degenerate ? null : (observed - expected) / (1 - expected) };
}

const clip = (x: number) => Math.min(1, Math.max(-1, x));

/**
 * Kappa for two coders' codes of the same items, one [first, second] pair per item. Every code
 * must be one of `categories`; for an ordinal scale, list them from lowest to highest.
 * Throws a RangeError for an empty or repeated category list or a code outside it.
 */
export function cohenKappa<C>(pairs: readonly CodePair<C>[], categories: readonly C[], scale: KappaScale = 'nominal'): CohenKappa {
  const table = crossTabulate(pairs, categories);
  const { n, counts, firstTotals, secondTotals } = table;
  if (n === 0) {
    return { n, observed: null, expected: null, kappa: null, standardError: null, ci95: null, weighted: null, reason: 'No items were coded by both coders, so there is nothing to compare.' };
  }
  // In whole counts so that the p_e = 1 test is exact: Σ rowᵢ·colᵢ reaches n² only when both coders
  // put every item in the same single category.
  let agreed = 0;
  let chanceProducts = 0;
  for (let i = 0; i < counts.length; i++) {
    agreed += (counts[i] as number[])[i] as number;
    chanceProducts += (firstTotals[i] as number) * (secondTotals[i] as number);
  }
  const observed = agreed / n;
  const expected = chanceProducts / (n * n);
  const degenerate = chanceProducts === n * n;
  const weighted = scale === 'ordinal' ? { linear: weightedKappa(table, 'linear', degenerate), quadratic: weightedKappa(table, 'quadratic', degenerate) } : null;
  if (degenerate) {
    const only = categories[firstTotals.findIndex((count) => count > 0)];
    return {
      n,
      observed,
      expected,
      kappa: null,
      standardError: null,
      ci95: null,
      weighted,
      reason: `Both coders put every item in the same category ("${String(only)}"), so chance alone would agree every time and kappa cannot be worked out.`,
    };
  }
  const kappa = (observed - expected) / (1 - expected);
  const standardError = kappaStandardError(table, kappa, expected);
  const ci95 = [clip(kappa - Z_95 * standardError), clip(kappa + Z_95 * standardError)] as const;
  return { n, observed, expected, kappa, standardError, ci95, weighted, reason: null };
}
