// Calendar dates for the workforce analysis, kept as ISO "yyyy-mm-dd" strings: they come that
// way from the staff record, compare correctly as text, and never pick up a time zone. Nothing
// here reads the clock; every "as at" date is passed in.
//
// The convention used throughout src/core/workforce: a leaving date is the person's last day of
// service (as the Electronic Staff Record's termination date is), and someone is "in post on day
// d" when they started on or before d and their last day is on or after d. Read as instants,
// that is a count taken as day d begins, so for a period [from, to) the count on `from` and the
// count on `to` bracket it exactly: in post on `to` = in post on `from` + joiners − leavers,
// where a leaver is anyone whose last day falls on or after `from` and before `to`.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written yyyy-mm-dd (so not 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no zone can shift it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same calendar date `years` years earlier (29 February becomes 28 February in a year that
 * has none). Used for "a year's service": started on or before this date.
 */
export function yearsBefore(date: string, years: number): string {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`"${date}" is not a date written yyyy-mm-dd.`);
  const year = Number(m[1]) - years;
  const month = Number(m[2]);
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${m[2]}-${String(day).padStart(2, '0')}`;
}

/** Dates as the workforce functions need them on a record. */
export interface Tenure {
  startDate: string | null;
  leavingDate: string | null;
}

/**
 * In post on day `date`: started on or before it and not yet past their last day. A missing
 * start date counts as having started before any date asked about (the record exists, so the
 * person started; ESR extracts leave it blank mostly for long-standing staff), and so as having
 * any length of service.
 */
export const inPostOn = (t: Tenure, date: string): boolean =>
  (t.startDate === null || t.startDate <= date) && (t.leavingDate === null || t.leavingDate >= date);

/** Service of at least `years` whole years on `date` (a missing start date counts as long service). */
export const servedYearsBy = (t: Tenure, date: string, years: number): boolean => t.startDate === null || t.startDate <= yearsBefore(date, years);

/** Left during [from, to): last day on or after `from` and before `to`. */
export const leftDuring = (t: Tenure, from: string, to: string): boolean => t.leavingDate !== null && t.leavingDate >= from && t.leavingDate < to;

/** Checks a period's two ends, throwing for a caller's mistake (these are parameters, not data). */
export function checkPeriod(from: string, to: string): void {
  if (!isIsoDate(from)) throw new RangeError(`The period's start "${from}" is not a date written yyyy-mm-dd.`);
  if (!isIsoDate(to)) throw new RangeError(`The period's end "${to}" is not a date written yyyy-mm-dd.`);
  if (!(from < to)) throw new RangeError(`The period must end after it starts (${from} to ${to}).`);
}

export function checkDate(date: string, what: string): void {
  if (!isIsoDate(date)) throw new RangeError(`${what} "${date}" is not a date written yyyy-mm-dd.`);
}
