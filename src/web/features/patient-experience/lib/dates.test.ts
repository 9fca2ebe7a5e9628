// Months and dates in words.
import { describe, expect, it } from 'vitest';
import { dateInWords, monthInWords } from './dates.js';

describe('dates in words', () => {
  it('reads months and dates in plain British English, leaving anything else as it is', () => {
    expect(monthInWords('2026-10')).toBe('October 2026');
    expect(monthInWords('2026-01')).toBe('January 2026');
    expect(dateInWords('2026-03-04')).toBe('4 March 2026');
    expect(monthInWords('soon')).toBe('soon');
  });
});
