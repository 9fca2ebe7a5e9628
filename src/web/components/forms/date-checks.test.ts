import { describe, expect, it } from 'vitest';
import { checkDate, checkDateRange } from './date-checks.js';

describe('checkDate', () => {
  it('returns the ISO date for a real date', () => {
    expect(checkDate('2025-4-1', 'startDate', 'start date', true)).toEqual({ iso: '2025-04-01', problem: null });
  });
  it('words each problem the NHS.UK way', () => {
    expect(checkDate('', 'startDate', 'start date', true).problem?.message).toBe('Enter the start date');
    expect(checkDate('2025-4-', 'startDate', 'start date', true).problem?.message).toBe('Start date must include a day, month and year');
    expect(checkDate('2025-2-30', 'startDate', 'start date', true).problem?.message).toBe('Start date must be a real date');
  });
  it('lets an optional date be empty', () => {
    expect(checkDate('', 'endDate', 'end date', false)).toEqual({ iso: null, problem: null });
  });
});

describe('checkDateRange', () => {
  const range = (s: string, e: string, required = true) =>
    checkDateRange({ value: s, field: 'startDate', label: 'start date' }, { value: e, field: 'endDate', label: 'end date' }, required);

  it('accepts an end on or after the start', () => {
    expect(range('2025-4-1', '2025-4-1')).toEqual({ startIso: '2025-04-01', endIso: '2025-04-01', problems: [] });
    expect(range('2025-4-1', '2026-9-30').problems).toEqual([]);
  });
  it('rejects an end before the start, against the end date', () => {
    expect(range('2025-4-2', '2025-4-1').problems).toEqual([{ field: 'endDate', message: 'The end date must be the same as or after the start date' }]);
  });
  it('compares padded dates, not the digits as typed', () => {
    // "2025-10-1" is after "2025-9-30" although it sorts before it as typed.
    expect(range('2025-9-30', '2025-10-1').problems).toEqual([]);
  });
  it('allows one or both dates to be empty when optional', () => {
    expect(range('', '2025-4-1', false).problems).toEqual([]);
    expect(range('', '', false)).toEqual({ startIso: null, endIso: null, problems: [] });
  });
});
