// The NHS Staff Survey 0–10 mapping of answer options.
import { describe, expect, it } from 'vitest';
import { toZeroToTen } from './zero-to-ten.js';

const col = (...values: number[]) => Float64Array.from(values);

describe('toZeroToTen', () => {
  it('spreads five options evenly as 0, 2.5, 5, 7.5, 10 and keeps blanks blank', () => {
    expect([...toZeroToTen(col(1, 2, 3, 4, 5, Number.NaN), [1, 2, 3, 4, 5])]).toEqual([0, 2.5, 5, 7.5, 10, Number.NaN]);
  });

  it('scores a reverse-keyed question from its most favourable option down', () => {
    expect([...toZeroToTen(col(5, 1, 4), [5, 4, 3, 2, 1])]).toEqual([0, 10, 2.5]);
  });

  it('uses thirds for four options and the ends for two', () => {
    const four = toZeroToTen(col(0, 1, 2, 3), [0, 1, 2, 3]);
    expect(four[1]).toBeCloseTo(10 / 3, 14);
    expect(four[2]).toBeCloseTo(20 / 3, 14);
    expect(four[3]).toBe(10);
    expect([...toZeroToTen(col(2, 1), [2, 1])]).toEqual([0, 10]);
  });

  it('refuses an answer that is not an option, and a scale with fewer than two distinct options', () => {
    expect(() => toZeroToTen(col(1, 6), [1, 2, 3, 4, 5])).toThrow(/6 \(respondent 2\)/);
    expect(() => toZeroToTen(col(1), [1])).toThrow(RangeError);
    expect(() => toZeroToTen(col(1), [1, 1, 2])).toThrow(RangeError);
  });

  it('maps an empty column to an empty column', () => {
    expect(toZeroToTen(new Float64Array(0), [1, 2]).length).toBe(0);
  });
});
