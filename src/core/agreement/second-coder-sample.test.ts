// The seeded sample of excerpts for a second coder: size rules, stability and fairness.
import { describe, expect, it } from 'vitest';
import { secondCoderSample } from './second-coder-sample.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `x${String(i + 1).padStart(3, '0')}`);

describe('secondCoderSample', () => {
  it('draws the asked-for share, rounded up, or the asked-for count', () => {
    expect(secondCoderSample(ids(100), { fraction: 0.2 }, 1)).toHaveLength(20);
    expect(secondCoderSample(ids(100), { fraction: 0.101 }, 1)).toHaveLength(11); // 10.1 rounds up
    expect(secondCoderSample(ids(100), { count: 25 }, 1)).toHaveLength(25);
    expect(secondCoderSample(ids(100), { fraction: 1 }, 1)).toEqual(ids(100));
  });

  it('never draws fewer than 10, or all of them when there are fewer than 10', () => {
    expect(secondCoderSample(ids(100), { fraction: 0.05 }, 1)).toHaveLength(10);
    expect(secondCoderSample(ids(50), { count: 0 }, 1)).toHaveLength(10);
    expect(secondCoderSample(ids(7), { fraction: 0.25 }, 1)).toEqual(ids(7));
    expect(secondCoderSample(ids(50), { count: 80 }, 1)).toEqual(ids(50));
    expect(secondCoderSample([], { count: 5 }, 1)).toEqual([]);
  });

  it('returns distinct ids from the input, sorted', () => {
    const all = ids(60);
    const sample = secondCoderSample(all, { count: 15 }, 42);
    expect(new Set(sample).size).toBe(15);
    for (const id of sample) expect(all).toContain(id);
    expect(sample).toEqual([...sample].sort());
  });

  it('gives the same sample for the same seed whatever order the ids come in', () => {
    const all = ids(80);
    const reversed = [...all].reverse();
    const interleaved = [...all.filter((_, i) => i % 2), ...all.filter((_, i) => !(i % 2))];
    const sample = secondCoderSample(all, { count: 12 }, 2024);
    expect(secondCoderSample(reversed, { count: 12 }, 2024)).toEqual(sample);
    expect(secondCoderSample(interleaved, { count: 12 }, 2024)).toEqual(sample);
    expect(secondCoderSample(all, { count: 12 }, 2025)).not.toEqual(sample);
  });

  it('keeps a smaller sample inside a larger one drawn with the same seed', () => {
    const small = secondCoderSample(ids(200), { count: 10 }, 9);
    const large = secondCoderSample(ids(200), { count: 40 }, 9);
    for (const id of small) expect(large).toContain(id);
  });

  it('gives every excerpt the same chance of being drawn', () => {
    // 20 excerpts, 10 drawn, 4000 seeds: each should be drawn about 2000 times (binomial SD ≈ 32).
    const all = ids(20);
    const drawn = new Map(all.map((id) => [id, 0]));
    for (let seed = 0; seed < 4000; seed++) {
      for (const id of secondCoderSample(all, { count: 10 }, seed)) drawn.set(id, (drawn.get(id) ?? 0) + 1);
    }
    for (const count of drawn.values()) {
      expect(count).toBeGreaterThan(1850);
      expect(count).toBeLessThan(2150);
    }
  });

  it('throws for repeated ids, a bad size or a bad seed', () => {
    expect(() => secondCoderSample(['a', 'b', 'a'], { count: 1 }, 1)).toThrow('Excerpt "a" is listed twice.');
    expect(() => secondCoderSample(ids(5), { fraction: 0 }, 1)).toThrow(RangeError);
    expect(() => secondCoderSample(ids(5), { fraction: 1.5 }, 1)).toThrow(RangeError);
    expect(() => secondCoderSample(ids(5), { count: -1 }, 1)).toThrow(RangeError);
    expect(() => secondCoderSample(ids(5), { count: 2.5 }, 1)).toThrow(RangeError);
    expect(() => secondCoderSample(ids(5), { count: 2 }, 1.5)).toThrow(RangeError);
  });
});
