import { describe, expect, it } from 'vitest';
import { checkPeriod, inPostOn, isIsoDate, leftDuring, servedYearsBy, yearsBefore } from './dates.js';

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(['2024-02-29', '2023-12-31', '1999-01-01'].map(isIsoDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '2023-1-5', '05/01/2023', '2023-01-01T00:00', ''].map(isIsoDate)).toEqual([
      false, false, false, false, false, false, false, false,
    ]);
  });

  it('goes back whole years, 29 February becoming 28 February', () => {
    expect(yearsBefore('2024-04-01', 1)).toBe('2023-04-01');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2024-02-29', 4)).toBe('2020-02-29');
  });

  it('refuses a period that does not run forwards', () => {
    expect(() => checkPeriod('2024-04-01', '2024-04-01')).toThrow(RangeError);
    expect(() => checkPeriod('2024-04-01', '2023-04-01')).toThrow(RangeError);
    expect(() => checkPeriod('2024-02-30', '2025-01-01')).toThrow(RangeError);
  });
});

describe('in post, leavers and service', () => {
  it('counts the last day of service as a day in post', () => {
    const t = { startDate: '2023-01-10', leavingDate: '2023-06-30' };
    expect([inPostOn(t, '2023-01-09'), inPostOn(t, '2023-01-10'), inPostOn(t, '2023-06-30'), inPostOn(t, '2023-07-01')]).toEqual([false, true, true, false]);
    expect(inPostOn({ startDate: null, leavingDate: null }, '1990-01-01')).toBe(true);
  });

  it('makes leavers in [from, to) exactly the people in post on `from` or joining, and gone by `to`', () => {
    // Period 2023-04-01 to 2024-04-01. Last day on `from`: in post at the start and a leaver.
    // Last day the day before `to`: a leaver. Last day on `to`: in post at the end, not a leaver.
    const from = '2023-04-01';
    const to = '2024-04-01';
    const people = [
      { startDate: '2020-01-01', leavingDate: '2023-04-01' }, // leaver, in at start
      { startDate: '2020-01-01', leavingDate: '2024-03-31' }, // leaver, in at start
      { startDate: '2020-01-01', leavingDate: '2024-04-01' }, // in at start and end
      { startDate: '2023-05-01', leavingDate: '2023-09-01' }, // joined and left
      { startDate: '2023-05-01', leavingDate: null }, // joiner
      { startDate: '2020-01-01', leavingDate: '2023-03-31' }, // gone before the period
    ];
    const start = people.filter((p) => inPostOn(p, from)).length;
    const end = people.filter((p) => inPostOn(p, to)).length;
    const leavers = people.filter((p) => leftDuring(p, from, to)).length;
    const joiners = people.filter((p) => p.startDate > from && p.startDate <= to).length;
    // start 3, end 2, leavers 3, joiners 2: 2 = 3 + 2 − 3.
    expect([start, end, leavers, joiners]).toEqual([3, 2, 3, 2]);
    expect(end).toBe(start + joiners - leavers);
  });

  it('reads a year of service as having started on or before the same date a year earlier', () => {
    expect(servedYearsBy({ startDate: '2023-04-01', leavingDate: null }, '2024-04-01', 1)).toBe(true);
    expect(servedYearsBy({ startDate: '2023-04-02', leavingDate: null }, '2024-04-01', 1)).toBe(false);
    expect(servedYearsBy({ startDate: null, leavingDate: null }, '2024-04-01', 1)).toBe(true);
  });
});
