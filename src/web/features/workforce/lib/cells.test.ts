import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../../core/workforce/small-numbers.js';
import { allNone, anyHidden, cellText, formatCount, formatDecimal, formatFte, formatRatio, formatShare, hiddenExplanation } from './cells.js';

const shown = (value: number, n = 100): Cell => ({ status: 'shown', n, value });

describe('workforce figures in words and figures', () => {
  it('writes counts as whole numbers with thousands separators', () => {
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(2990)).toBe('2,990');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('writes FTE to one decimal place, without the floating-point tail of a sum', () => {
    expect(formatFte(2639.700000000003)).toBe('2,639.7');
    expect(formatFte(101.89999999999999)).toBe('101.9');
    expect(formatFte(12)).toBe('12.0');
  });

  it('writes shares and rates given as fractions as percentages to one decimal place', () => {
    expect(formatShare(264 / 2990)).toBe('8.8%'); // 8.829…%
    expect(formatShare(332 / 2654)).toBe('12.5%'); // 12.509…%
    expect(formatShare(1467 / 1770)).toBe('82.9%'); // 82.881…%
    expect(formatShare(1 / 3)).toBe('33.3%');
    expect(formatShare(2 / 3)).toBe('66.7%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatShare(0)).toBe('0.0%');
  });

  it('does not write a minus sign on a negative value that rounds to zero', () => {
    expect(formatShare(-0.0001)).toBe('0.0%');
    expect(formatShare(-0.05)).toBe('-5.0%');
  });

  it('writes ratios to two decimal places', () => {
    expect(formatRatio(3)).toBe('3.00');
    expect(formatRatio((30 * 100) / (200 * 5))).toBe('3.00');
    expect(formatRatio(2 / 3)).toBe('0.67');
    expect(formatRatio(1.5)).toBe('1.50');
  });

  it('writes statistics such as a median span to at most one decimal place', () => {
    expect(formatDecimal(7)).toBe('7');
    expect(formatDecimal(9.5)).toBe('9.5');
    expect(formatDecimal(10 / 3)).toBe('3.3');
  });

  it('writes a shown cell by its kind', () => {
    expect(cellText(shown(1234), 'count')).toBe('1,234');
    expect(cellText(shown(233.8), 'fte')).toBe('233.8');
    expect(cellText(shown(0.0882943143812709, 2990), 'share')).toBe('8.8%');
    expect(cellText(shown(3), 'ratio')).toBe('3.00');
    expect(cellText(shown(9.5, 63), 'decimal')).toBe('9.5');
  });

  it('writes hidden cells with the survey results’ words, whatever their kind', () => {
    for (const kind of ['count', 'fte', 'share', 'ratio', 'decimal'] as const) {
      expect(cellText({ status: 'too_few' }, kind)).toBe('Too few');
      expect(cellText({ status: 'protects_another' }, kind)).toBe('Hidden');
      expect(cellText({ status: 'none' }, kind)).toBe('–');
    }
  });

  it('says why a cell is hidden, naming the threshold', () => {
    expect(hiddenExplanation('too_few', 11)).toBe('fewer than 11 people, so not shown');
    expect(hiddenExplanation('protects_another', 11)).toBe('hidden so that a smaller group cannot be worked out from the other figures');
    expect(hiddenExplanation('none', 11)).toBe('nobody in this group');
  });

  it('tells rows with nobody in them from rows with hidden figures', () => {
    expect(allNone([{ status: 'none' }, { status: 'none' }])).toBe(true);
    expect(allNone([{ status: 'none' }, { status: 'too_few' }])).toBe(false);
    expect(allNone([shown(0.5)])).toBe(false);
    expect(anyHidden([shown(12), { status: 'protects_another' }])).toBe(true);
    expect(anyHidden([shown(12), { status: 'none' }])).toBe(false);
  });
});
