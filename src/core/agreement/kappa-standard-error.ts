// The large-sample standard error of unweighted kappa, from Fleiss, Cohen & Everitt (1969), for a
// confidence interval around the estimate. Their paper gives two variances: one that assumes the
// coders agree only by chance (kappa = 0), fit for testing "better than chance" but the wrong width for
// an interval around any other kappa, and this one, which does not assume it.
// Written as in Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions (3rd ed.):
//
//   var = { Σᵢ pᵢᵢ [1 − (pᵢ. + p.ᵢ)(1 − κ)]²  +  (1 − κ)² Σᵢ≠ⱼ pᵢⱼ (p.ᵢ + pⱼ.)²  −  [κ − pₑ(1 − κ)]² } / [n (1 − pₑ)²]
//
// pᵢ. and p.ᵢ are the first and second coders' shares of category i.
import type { AgreementTable } from './contingency-table.js';

/** Needs n > 0 and pₑ < 1 (the caller reports those cases instead of an interval). */
export function kappaStandardError<C>(table: AgreementTable<C>, kappa: number, expected: number): number {
  const { n, counts, firstTotals, secondTotals } = table;
  const k = counts.length;
  const rowShare = (i: number) => (firstTotals[i] as number) / n;
  const columnShare = (i: number) => (secondTotals[i] as number) / n;
  const missed = 1 - kappa;
  let agreements = 0;
  let disagreements = 0;
  for (let i = 0; i < k; i++) {
    const row = counts[i] as number[];
    for (let j = 0; j < k; j++) {
      const p = (row[j] as number) / n;
      if (p === 0) continue;
      if (i === j) agreements += p * (1 - (rowShare(i) + columnShare(i)) * missed) ** 2;
      else disagreements += p * (columnShare(i) + rowShare(j)) ** 2;
    }
  }
  const numerator = agreements + missed * missed * disagreements - (kappa - expected * missed) ** 2;
  // When every item agrees (or every item disagrees in a mirror pattern) the terms cancel exactly
  // on paper and leave rounding noise, which can fall just below zero.
  return Math.sqrt(Math.max(0, numerator) / (n * (1 - expected) ** 2));
}
