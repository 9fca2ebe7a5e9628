// The mean moving range sets the width of the limits; it is the one place screening applies.

export interface MovingRangeMean {
  /** Null with fewer than two points: there is no moving range. */
  mean: number | null;
  screened: number;
}

/**
 * Mean of |x[i] − x[i−1]| over [start, end), never reaching back before `start`, so a moving
 * range never spans a recalculation. With screening, ranges at or above factor × that mean are
 * dropped and the mean recomputed once (not iterated, as in NHSRplotthedots). When every range is
 * zero nothing is screened, since each would equal 0 × factor and the mean would be undefined.
 */
export function movingRangeMean(values: ArrayLike<number>, start: number, end: number, screen: boolean, factor: number): MovingRangeMean {
  if (end - start < 2) return { mean: null, screened: 0 };
  let sum = 0;
  for (let i = start + 1; i < end; i++) sum += Math.abs((values[i] as number) - (values[i - 1] as number));
  const count = end - start - 1;
  const mean = sum / count;
  if (!screen || mean === 0) return { mean, screened: 0 };
  const cutoff = factor * mean;
  let kept = 0;
  let keptSum = 0;
  for (let i = start + 1; i < end; i++) {
    const range = Math.abs((values[i] as number) - (values[i - 1] as number));
    if (range < cutoff) {
      kept++;
      keptSum += range;
    }
  }
  return { mean: keptSum / kept, screened: count - kept };
}
