import { describe, expect, it } from 'vitest';
import { seededRng } from './seeded.js';

describe('seeded random generator', () => {
  it('matches the published mulberry32 sequence for seed 1', () => {
    // Reference values from the mulberry32 algorithm (Tommy Ettinger), seed 1, as uint32 / 2^32.
    const rng = seededRng(1);
    expect(rng.next()).toBeCloseTo(0.6270739405881613, 12);
    expect(rng.next()).toBeCloseTo(0.002735721180215478, 12);
    expect(rng.next()).toBeCloseTo(0.5274470399599522, 12);
  });

  it('repeats exactly for the same seed and differs for another', () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const c = seededRng(43);
    const seqA = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(seqA);
    expect(c.next()).not.toBe(seqA[0]);
  });

  it('keeps int() within its bounds and reaches both ends', () => {
    const rng = seededRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(1, 4);
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(4);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('picks by weight in roughly the right proportions', () => {
    const rng = seededRng(3);
    let heavy = 0;
    for (let i = 0; i < 10000; i++) if (rng.weighted([['a', 9], ['b', 1]] as const) === 'a') heavy++;
    expect(heavy / 10000).toBeGreaterThan(0.88);
    expect(heavy / 10000).toBeLessThan(0.92);
  });
});
