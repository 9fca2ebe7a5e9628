// Which excerpts a second coder should code: a simple random sample, seeded so that the same seed
// and the same excerpts always give the same sample, on any machine and whatever order the ids
// arrive in (they are sorted first). Agreement measured on excerpts someone chose would flatter or
// damn the coding; a random draw is what lets kappa stand for the whole set.
//
// The draw is the first steps of a Fisher–Yates shuffle (Durstenfeld's in-place form) driven by
// the project's mulberry32 generator. Asking later for a bigger sample with the same seed keeps
// every excerpt of the smaller one, so work already double-coded is never wasted.
//
// At least 10 excerpts (or all of them, when there are fewer): kappa from a handful of items says
// almost nothing, and the reading cautions below 30 anyway.
import { seededRng } from '../random/seeded.js';

export const MINIMUM_SAMPLE = 10;

/** How big a sample to draw: a share of the excerpts (rounded up) or a number of them. */
export type SampleSize = { fraction: number } | { count: number };

/** Code-unit order, so the result does not depend on the machine's locale. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The sampled ids, in sorted order. Throws a RangeError for a repeated id, a fraction outside
 * (0, 1], a count that is not a whole number ≥ 0, or a seed that is not a safe integer.
 */
export function secondCoderSample(ids: readonly string[], size: SampleSize, seed: number): string[] {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`The seed must be a whole number; got ${seed}.`);
  const sorted = [...ids].sort(byCodeUnit);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) throw new RangeError(`Excerpt "${sorted[i]}" is listed twice.`);
  }
  const n = sorted.length;
  let wanted: number;
  if ('fraction' in size) {
    if (!(size.fraction > 0 && size.fraction <= 1)) throw new RangeError(`A sample fraction must be above 0 and at most 1; got ${size.fraction}.`);
    wanted = Math.ceil(size.fraction * n);
  } else {
    if (!(Number.isInteger(size.count) && size.count >= 0)) throw new RangeError(`A sample count must be a whole number, 0 or more; got ${size.count}.`);
    wanted = size.count;
  }
  const k = Math.min(n, Math.max(wanted, MINIMUM_SAMPLE));
  const rng = seededRng(seed);
  for (let i = 0; i < k; i++) {
    const j = rng.int(i, n - 1);
    const picked = sorted[j] as string;
    sorted[j] = sorted[i] as string;
    sorted[i] = picked;
  }
  return sorted.slice(0, k).sort(byCodeUnit);
}
