import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDateTime, formatTime, joinDateParts, parseDateValue, splitDateValue } from './dates.js';

describe('date input values', () => {
  it('round-trips parts through the joined value', () => {
    expect(joinDateParts({ day: '7', month: '3', year: '2025' })).toBe('2025-3-7');
    expect(splitDateValue('2025-3-7')).toEqual({ day: '7', month: '3', year: '2025' });
    expect(joinDateParts({ day: '', month: '', year: '' })).toBe('');
  });
  it('splits an API date without leading zeros', () => {
    expect(splitDateValue('2025-03-07')).toEqual({ day: '7', month: '3', year: '2025' });
    expect(splitDateValue(null)).toEqual({ day: '', month: '', year: '' });
  });
  it('keeps a half-typed date as typed', () => {
    expect(joinDateParts({ day: '', month: '4', year: '' })).toBe('-4-');
    expect(splitDateValue('-4-')).toEqual({ day: '', month: '4', year: '' });
  });
});

describe('parseDateValue', () => {
  it('accepts a real date and pads it', () => {
    expect(parseDateValue('2025-3-7')).toEqual({ kind: 'ok', iso: '2025-03-07' });
    expect(parseDateValue('2024-2-29')).toEqual({ kind: 'ok', iso: '2024-02-29' });
  });
  it('rejects dates that do not exist', () => {
    expect(parseDateValue('2025-2-29')).toEqual({ kind: 'invalid' });
    expect(parseDateValue('2025-13-1')).toEqual({ kind: 'invalid' });
    expect(parseDateValue('2025-4-31')).toEqual({ kind: 'invalid' });
    expect(parseDateValue('25-4-1')).toEqual({ kind: 'invalid' });
    expect(parseDateValue('2025-a-1')).toEqual({ kind: 'invalid' });
  });
  it('tells empty from incomplete', () => {
    expect(parseDateValue('')).toEqual({ kind: 'empty' });
    expect(parseDateValue('-4-')).toEqual({ kind: 'incomplete' });
    expect(parseDateValue('2025-4-')).toEqual({ kind: 'incomplete' });
  });
});

describe('formatting', () => {
  it('writes dates the NHS way', () => {
    expect(formatDate('2025-03-01')).toBe('1 March 2025');
    expect(formatDate('2026-12-31')).toBe('31 December 2026');
    expect(formatDate(null)).toBe('');
  });
  it('writes times with am and pm and no leading zero', () => {
    expect(formatTime('2025-05-01T13:05:00Z', 'UTC')).toBe('1:05pm');
    expect(formatTime('2025-05-01T09:30:00Z', 'UTC')).toBe('9:30am');
    // British Summer Time: 13:05 UTC is 2:05pm in London.
    expect(formatTime('2025-05-01T13:05:00Z', 'Europe/London')).toBe('2:05pm');
    expect(formatTime('2025-05-01T00:00:00Z', 'UTC')).toBe('12:00am');
  });
  it('writes a moment as date at time', () => {
    expect(formatDateTime('2025-01-15T16:45:00Z', 'Europe/London')).toBe('15 January 2025 at 4:45pm');
    expect(formatDateTime('2025-06-30T23:30:00Z', 'Europe/London')).toBe('1 July 2025 at 12:30am');
  });
  it('writes ranges', () => {
    expect(formatDateRange('2025-03-01', '2026-02-28')).toBe('1 March 2025 to 28 February 2026');
    expect(formatDateRange(null, '2026-02-28')).toBe('Until 28 February 2026');
    expect(formatDateRange(null, null)).toBe('No dates set');
  });
});
