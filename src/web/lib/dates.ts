// Dates the NHS way: "1 March 2025", "2:05pm". The API sends calendar dates as YYYY-MM-DD
// and moments as ISO 8601 timestamps. Date inputs keep their three parts as typed.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A date input's value: "YYYY-MM-DD" once valid, or the three parts as typed, joined by "-". */
export function joinDateParts(parts: DateParts): string {
  if (!parts.day && !parts.month && !parts.year) return '';
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function splitDateValue(value: string | null | undefined): DateParts {
  if (!value) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = value.split('-');
  return { year, month: month.replace(/^0(?=\d)/, ''), day: day.replace(/^0(?=\d)/, '') };
}

export type ParsedDate = { kind: 'empty' } | { kind: 'incomplete' } | { kind: 'invalid' } | { kind: 'ok'; iso: string };

/** Checks a date input's value: every part present, digits only, a four-digit year, a real day. */
export function parseDateValue(value: string | null | undefined): ParsedDate {
  const { day, month, year } = splitDateValue(value);
  const d = day.trim();
  const m = month.trim();
  const y = year.trim();
  if (!d && !m && !y) return { kind: 'empty' };
  if (!d || !m || !y) return { kind: 'incomplete' };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return { kind: 'invalid' };
  const dn = Number(d);
  const mn = Number(m);
  const yn = Number(y);
  const probe = new Date(Date.UTC(yn, mn - 1, dn));
  if (mn < 1 || mn > 12 || probe.getUTCFullYear() !== yn || probe.getUTCMonth() !== mn - 1 || probe.getUTCDate() !== dn) {
    return { kind: 'invalid' };
  }
  return { kind: 'ok', iso: `${y}-${String(mn).padStart(2, '0')}-${String(dn).padStart(2, '0')}` };
}

/** "2025-03-01" → "1 March 2025". Anything unparseable is returned unchanged. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** A moment as "2:05pm" in the given time zone (the browser's by default). */
export function formatTime(iso: string, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', ...(timeZone ? { timeZone } : {}) }).formatToParts(new Date(iso));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  const period = (parts.find((p) => p.type === 'dayPeriod')?.value ?? '').toLowerCase().replace(/\s|\./g, '');
  return `${Number(hour)}:${minute}${period}`;
}

/** A moment as "1 March 2025 at 2:05pm" in the given time zone (the browser's by default). */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', ...(timeZone ? { timeZone } : {}) }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} at ${formatTime(iso, timeZone)}`;
}

/** "2025-03-01" and "2026-02-28" → "1 March 2025 to 28 February 2026". */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) return `${formatDate(start)} to ${formatDate(end)}`;
  if (start) return `From ${formatDate(start)}`;
  if (end) return `Until ${formatDate(end)}`;
  return 'No dates set';
}
