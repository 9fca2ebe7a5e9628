// Platt scaling: recovering a known sigmoid, Platt's smoothed targets, warm starts and the
// guard against scores that run the wrong way.
import { describe, expect, it } from 'vitest';
import { seededRng } from '../random/seeded.js';
import { applyPlatt, fitPlatt, sigmoid } from './platt.js';

/** Scores spread over [lo, hi], each labelled true with probability sigmoid(a·s + b). */
function sample(n: number, a: number, b: number, lo = -6, hi = 6, seed = 7) {
  const rng = seededRng(seed);
  const scores: number[] = [];
  const labels: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const s = lo + (hi - lo) * rng.next();
    scores.push(s);
    labels.push(rng.next() < sigmoid(a * s + b));
  }
  return { scores, labels };
}

describe('fitPlatt', () => {
  it('recovers the sigmoid the labels were drawn from', () => {
    const { scores, labels } = sample(20_000, 1.5, -0.5);
    const fit = fitPlatt(scores, labels);
    expect(fit.a).toBeCloseTo(1.5, 1);
    expect(fit.b).toBeCloseTo(-0.5, 1);
  });

  it('stays finite on perfectly separated scores, as Platt’s targets intend', () => {
    // Targets are (1+1)/(1+2) = 2/3 and 1/(1+2) = 1/3 for one example of each class, so the best
    // fit has sigmoid(a·1 + b) = 2/3 and sigmoid(a·(−1) + b) = 1/3: b = 0 and a = ln 2.
    const fit = fitPlatt([1, -1], [true, false]);
    expect(fit.a).toBeCloseTo(Math.log(2), 8);
    expect(fit.b).toBeCloseTo(0, 8);
    expect(applyPlatt(fit, 1)).toBeCloseTo(2 / 3, 8);
  });

  it('ends at the same optimum from a warm start', () => {
    const { scores, labels } = sample(5_000, 0.4, 1, -20, 10, 11);
    const cold = fitPlatt(scores, labels);
    const warm = fitPlatt(scores, labels, { a: cold.a * 1.1, b: cold.b - 0.2 });
    expect(warm.a).toBeCloseTo(cold.a, 9);
    expect(warm.b).toBeCloseTo(cold.b, 9);
  });

  it('falls back to the smoothed base rate when higher scores mean the label is less likely', () => {
    const { scores, labels } = sample(2_000, -1, 0);
    const fit = fitPlatt(scores, labels);
    expect(fit.a).toBe(0);
    const positives = labels.filter(Boolean).length;
    const negatives = labels.length - positives;
    const base = (positives * ((positives + 1) / (positives + 2)) + negatives / (negatives + 2)) / labels.length;
    expect(applyPlatt(fit, 123)).toBeCloseTo(base, 12);
  });

  it('gives probabilities without overflow for extreme scores', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
  });
});
