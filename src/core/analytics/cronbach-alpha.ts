// Cronbach's alpha: how consistently a scale's items measure one thing (Cronbach, 1951).
//
// Listwise deletion: only respondents who answered every item of the scale are used. Alpha
// compares item variances with the variance of the total, and a total is only comparable
// between people who answered the same items; pairwise deletion can give a covariance matrix
// that no data could produce (and alpha above 1). The cost is a smaller n, which is reported.

export interface CronbachAlpha {
  /** Respondents who answered every item (the ones alpha is computed from). */
  n: number;
  /** k/(k−1) · (1 − Σ item variances / variance of the total). Null when it cannot be computed. */
  raw: number | null;
  /** k·r̄ / (1 + (k−1)·r̄), r̄ the mean inter-item Pearson correlation. Null when it cannot be computed. */
  standardised: number | null;
}

// A total made of items that cancel (x and 6 − x) has a variance that should be 0 but comes out
// as rounding noise; anything this small next to the item variances is treated as zero.
const RELATIVE_ZERO = 1e-12;

/**
 * Alpha over the items' complete respondents. Both values are null with fewer than two items,
 * fewer than two complete respondents, or no variance in the total; the standardised value is
 * also null when any item has no variance, since its correlations are then undefined.
 */
export function cronbachAlpha(items: readonly Float64Array[]): CronbachAlpha {
  const k = items.length;
  const length = items[0]?.length ?? 0;
  if (items.some((item) => item.length !== length)) throw new RangeError('Every item of a scale needs one value per respondent.');
  const complete = new Uint8Array(length).fill(1);
  for (const item of items) {
    for (let r = 0; r < length; r++) if (item[r] !== item[r]) complete[r] = 0;
  }
  let n = 0;
  let first = -1;
  for (let r = 0; r < length; r++) {
    if (complete[r]) {
      n++;
      if (first < 0) first = r;
    }
  }
  if (k < 2 || n < 2) return { n, raw: null, standardised: null };

  // Sums and cross-products about the first complete respondent's answers (see column-summary
  // for why a shift), one pair of columns at a time so each pass reads two arrays straight through.
  const shift = items.map((item) => item[first] as number);
  const sums = new Float64Array(k);
  const covariance = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    const a = items[i] as Float64Array;
    const sa = shift[i] as number;
    let s = 0;
    for (let r = 0; r < length; r++) if (complete[r]) s += (a[r] as number) - sa;
    sums[i] = s;
  }
  for (let i = 0; i < k; i++) {
    const a = items[i] as Float64Array;
    const sa = shift[i] as number;
    for (let j = i; j < k; j++) {
      const b = items[j] as Float64Array;
      const sb = shift[j] as number;
      let cross = 0;
      for (let r = 0; r < length; r++) if (complete[r]) cross += ((a[r] as number) - sa) * ((b[r] as number) - sb);
      const c = (cross - ((sums[i] as number) * (sums[j] as number)) / n) / (n - 1);
      covariance[i * k + j] = c;
      covariance[j * k + i] = c;
    }
  }

  let itemVariance = 0;
  let totalVariance = 0;
  for (let i = 0; i < k; i++) {
    itemVariance += covariance[i * k + i] as number;
    for (let j = 0; j < k; j++) totalVariance += covariance[i * k + j] as number;
  }
  if (totalVariance <= RELATIVE_ZERO * itemVariance || totalVariance <= 0) return { n, raw: null, standardised: null };
  const raw = (k / (k - 1)) * (1 - itemVariance / totalVariance);

  let correlationSum = 0;
  let constantItem = false;
  for (let i = 0; i < k && !constantItem; i++) {
    const vi = covariance[i * k + i] as number;
    if (vi <= 0) constantItem = true;
    for (let j = i + 1; j < k && !constantItem; j++) {
      const vj = covariance[j * k + j] as number;
      if (vj <= 0) constantItem = true;
      else correlationSum += (covariance[i * k + j] as number) / Math.sqrt(vi * vj);
    }
  }
  const meanCorrelation = correlationSum / ((k * (k - 1)) / 2);
  // The denominator is the variance of the standardised total (over k): zero when the items'
  // correlations cancel, and then as much rounding noise as the raw total above.
  const denominator = 1 + (k - 1) * meanCorrelation;
  const standardised = constantItem || Math.abs(denominator) <= RELATIVE_ZERO * k ? null : (k * meanCorrelation) / denominator;
  return { n, raw, standardised };
}
