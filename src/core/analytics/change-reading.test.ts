import { describe, expect, it } from 'vitest';
import { readChange } from './change-reading.js';

describe('readChange', () => {
  it('calls a change real only below 0.05, and always shows the p-value', () => {
    expect(readChange(0.62, 0.0004, 'points')).toEqual({ direction: 'up', significant: true, text: 'Up 0.6 points, a real change: a difference this large would be unlikely by chance alone (p < 0.001).' });
    expect(readChange(-4.25, 0.031, 'percentage points')).toEqual({ direction: 'down', significant: true, text: 'Down 4.3 percentage points, a real change: a difference this large would be unlikely by chance alone (p = 0.031).' });
    expect(readChange(0.2, 0.05, 'points')).toMatchObject({ significant: false, text: 'Up 0.2 points, but no clear change: a difference this size could easily happen by chance (p = 0.050).' });
    expect(readChange(0, 1, 'points').text).toBe('No difference between the two surveys (p = 1.000).');
    expect(readChange(0.5, null, 'points').significant).toBe(false);
  });
});
