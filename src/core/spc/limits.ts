// Centre line, process limits and two-sigma lines of one partition, from its own points (or its
// baseline) only, as Making Data Count defines them for an XmR chart.
import { movingRangeMean } from './moving-range.js';
import type { SpcPartition, SpcSettings } from './types.js';

/** 3 / d2 with d2 = 1.128 for ranges of two points, rounded to 2.66 as MDC and NHSRplotthedots do. */
export const LIMIT_FACTOR = 2.66;
/** Two thirds of the way from the mean to a limit: two sigma. */
export const TWO_SIGMA_FACTOR = (2 / 3) * LIMIT_FACTOR;

/**
 * The partition [start, end). Its mean and moving ranges come from the first `baseline` points
 * (all of them when baseline is null); the lines extend unchanged to the rest. Limits are null
 * when hidden (too few basis points under a hiding preset) or when one point gives no moving range.
 */
export function partitionLimits(values: ArrayLike<number>, start: number, end: number, baseline: number | null, settings: SpcSettings): SpcPartition {
  const basis = baseline === null ? end - start : Math.min(baseline, end - start);
  let sum = 0;
  for (let i = start; i < start + basis; i++) sum += values[i] as number;
  const mean = sum / basis;
  const range = movingRangeMean(values, start, start + basis, settings.screenMovingRanges, settings.screeningFactor);
  const shown = range.mean !== null && !(settings.hideBelowMinPoints && basis < settings.minPoints);
  const limit = shown ? LIMIT_FACTOR * (range.mean as number) : 0;
  const twoSigma = shown ? TWO_SIGMA_FACTOR * (range.mean as number) : 0;
  return {
    start,
    end,
    basis,
    mean,
    movingRangeMean: range.mean,
    screenedMovingRanges: range.screened,
    lpl: shown ? mean - limit : null,
    upl: shown ? mean + limit : null,
    lowerTwoSigma: shown ? mean - twoSigma : null,
    upperTwoSigma: shown ? mean + twoSigma : null,
  };
}
