// Agreement weights for weighted kappa on ordered categories (Cohen, 1968): full credit when the
// coders agree, part credit for a near miss, none when they chose opposite ends of the scale.
// Linear weights give credit in proportion to how close the two codes are. Quadratic weights
// forgive a near miss more and punish a far one more; with them weighted kappa comes close to an
// intraclass correlation (Fleiss & Cohen, 1973). scikit-learn's cohen_kappa_score states the same
// weights as disagreements, |i − j| and (i − j)², which give the same kappa: the scale cancels.

export type WeightScheme = 'linear' | 'quadratic';

/** k × k agreement weights: 1 − |i − j|/(k − 1) (linear) or 1 − (i − j)²/(k − 1)² (quadratic). */
export function agreementWeights(k: number, scheme: WeightScheme): number[][] {
  // With one category there is no distance to scale by; every pair of codes is an agreement.
  const span = Math.max(k - 1, 1);
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => {
      const distance = Math.abs(i - j) / span;
      return scheme === 'linear' ? 1 - distance : 1 - distance * distance;
    }),
  );
}
