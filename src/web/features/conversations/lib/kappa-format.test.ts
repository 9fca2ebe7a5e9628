import { describe, expect, it } from 'vitest';
import { formatInterval, formatKappa } from './kappa-format.js';

describe('formatKappa', () => {
  it('shows two decimals with a real minus sign', () => {
    expect(formatKappa(0.6)).toBe('0.60');
    expect(formatKappa(0.456)).toBe('0.46');
    expect(formatKappa(-0.25)).toBe('−0.25');
    expect(formatKappa(-0.001)).toBe('0.00');
    expect(formatKappa(1)).toBe('1.00');
  });
  it('shows a dash for a figure that could not be worked out', () => {
    expect(formatKappa(null)).toBe('–');
    expect(formatKappa(Number.NaN)).toBe('–');
  });
});

describe('formatInterval', () => {
  it('joins the ends with "to"', () => {
    expect(formatInterval(0.2105, 0.9895)).toBe('0.21 to 0.99');
    expect(formatInterval(-0.1, 0.3)).toBe('−0.10 to 0.30');
    expect(formatInterval(null, 0.3)).toBe('–');
  });
});
