// Tests for the scoring key: reverse scoring, positive answers and the 0–10 mapping, with worked numbers.
import { describe, expect, it } from 'vitest';
import { checkDefinition } from './check-definition.js';
import { isPositive, scoredItems, scoreValue, toTenPoint } from './scoring-keys.js';
import { sampleInstrument } from './testing.js';

const scale = (values: number[]) => ({ options: values.map((value) => ({ value, label: { en: String(value) } })) });

describe('scoredItems', () => {
  it('lists every scale item and grid row with its scale range, and nothing else', () => {
    const result = checkDefinition(sampleInstrument());
    if (!result.ok) throw new Error('sample should be valid');
    expect(scoredItems(result.definition)).toEqual([
      { itemId: 'row-one', scaleId: 'agree', reverse: false, perspective: 'team', min: 1, max: 5, positiveFrom: 4 },
      { itemId: 'row-two', scaleId: 'agree', reverse: true, perspective: 'team', min: 1, max: 5, positiveFrom: 4 },
      { itemId: 'overall', scaleId: 'ten', reverse: false, perspective: null, min: 0, max: 10, positiveFrom: 7 },
    ]);
  });
});

describe('scoreValue', () => {
  const forward = { reverse: false, min: 1, max: 5, positiveFrom: 4 };
  const reversed = { reverse: true, min: 1, max: 5, positiveFrom: 4 };

  it('leaves forward items alone', () => {
    expect([1, 2, 3, 4, 5].map((v) => scoreValue(v, forward))).toEqual([1, 2, 3, 4, 5]);
  });

  it('maps reverse items v → min + max − v', () => {
    // On 1–5: 1+5−1 = 5, 1+5−2 = 4, 1+5−3 = 3 (the midpoint stays put), 1+5−5 = 1.
    expect([1, 2, 3, 4, 5].map((v) => scoreValue(v, reversed))).toEqual([5, 4, 3, 2, 1]);
    // On 0–10: 0+10−3 = 7.
    expect(scoreValue(3, { reverse: true, min: 0, max: 10 })).toBe(7);
  });

  it('keeps "Don\'t know" as null', () => {
    expect(scoreValue(null, reversed)).toBeNull();
  });

  it('judges positive answers after reversing', () => {
    // "Strongly disagree" (1) with a negatively worded statement scores 5: positive.
    expect(isPositive(1, reversed)).toBe(true);
    expect(isPositive(4, reversed)).toBe(false);
    expect(isPositive(4, forward)).toBe(true);
    expect(isPositive(3, forward)).toBe(false);
    expect(isPositive(null, forward)).toBeNull();
  });
});

describe('toTenPoint', () => {
  it('spreads five options over 0, 2.5, 5, 7.5 and 10 (the NHS Staff Survey convention)', () => {
    expect([1, 2, 3, 4, 5].map((v) => toTenPoint(v, scale([1, 2, 3, 4, 5])))).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('spreads four and seven options evenly too', () => {
    // Four options: steps of 10/3.
    const four = [1, 2, 3, 4].map((v) => toTenPoint(v, scale([1, 2, 3, 4])));
    expect(four[0]).toBe(0);
    expect(four[1]).toBeCloseTo(3.333, 3);
    expect(four[2]).toBeCloseTo(6.667, 3);
    expect(four[3]).toBe(10);
    // Seven options: steps of 10/6, so the middle option (4) is 5.
    expect(toTenPoint(4, scale([1, 2, 3, 4, 5, 6, 7]))).toBe(5);
    expect(toTenPoint(6, scale([1, 2, 3, 4, 5, 6, 7]))).toBeCloseTo(8.333, 3);
  });

  it('leaves a 0–10 scale as it is', () => {
    const zeroToTen = scale([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([0, 3, 10].map((v) => toTenPoint(v, zeroToTen))).toEqual([0, 3, 10]);
  });

  it('goes by the option’s position, not its value', () => {
    expect([1, 2, 3, 5].map((v) => toTenPoint(v, scale([1, 2, 3, 5])))[3]).toBe(10);
  });

  it('combines with reverse scoring: "Disagree" (2) with a reversed statement scores 4, which is 7.5', () => {
    const five = scale([1, 2, 3, 4, 5]);
    expect(toTenPoint(scoreValue(2, { reverse: true, min: 1, max: 5 })!, five)).toBe(7.5);
  });

  it('refuses a value that is not an option', () => {
    expect(() => toTenPoint(6, scale([1, 2, 3, 4, 5]))).toThrow(RangeError);
  });
});
