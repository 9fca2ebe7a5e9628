import { describe, expect, it } from 'vitest';
import { gapsIn, parsePeriod, periodInWords, periodLabel } from './periods.js';

describe('periods', () => {
  it('reads months, quarters and years as people write them', () => {
    expect(parsePeriod('2025-04')).toEqual({ kind: 'month', label: '2025-04', index: 2025 * 12 + 3 });
    expect(parsePeriod('2025-4-01')?.label).toBe('2025-04');
    expect(parsePeriod('April 2025')?.label).toBe('2025-04');
    expect(parsePeriod('Dec-2024')?.index).toBe(2024 * 12 + 11);
    expect(parsePeriod('2025 Q2')).toEqual({ kind: 'quarter', label: '2025-Q2', index: 2025 * 4 + 1 });
    expect(parsePeriod('2025')).toEqual({ kind: 'year', label: '2025', index: 2025 });
  });

  it('refuses what is not a period', () => {
    for (const bad of ['2025-13', '2025-Q5', 'Smarch 2025', 'last month', '', '1850-01']) expect(parsePeriod(bad), bad).toBeNull();
  });

  it('names consecutive periods and finds the missing ones', () => {
    // December 2024 is followed by January 2025: one apart.
    expect(parsePeriod('2025-01')!.index - parsePeriod('2024-12')!.index).toBe(1);
    expect(periodLabel('quarter', 2025 * 4 + 3)).toBe('2025-Q4');
    expect(periodInWords({ kind: 'month', index: 2025 * 12 + 3 })).toBe('April 2025');
    expect(periodInWords({ kind: 'quarter', index: 2025 * 4 })).toBe('Quarter 1, 2025');
    const months = ['2024-11', '2024-12', '2025-03'].map((p) => parsePeriod(p)!.index);
    expect(gapsIn('month', months)).toEqual(['2025-01', '2025-02']);
    expect(gapsIn('month', [months[0]!, months[1]!])).toEqual([]);
  });
});
