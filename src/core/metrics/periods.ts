// Reporting periods of a metric's values: months ("2025-04"), quarters ("2025-Q2") and years
// ("2025"), each turned into a position on one line so a series can be put in order and its
// gaps found. A series keeps to one kind of period: mixing months and quarters is refused.

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  /** As stored and shown, normalised: "2025-04", "2025-Q2", "2025". */
  label: string;
  /** Consecutive periods of a kind differ by 1. */
  index: number;
}

const MONTH = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/;
const QUARTER = /^(\d{4})[- ]?Q([1-4])$/i;
const YEAR = /^(\d{4})$/;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_MONTH = /^([A-Za-z]{3})[a-z]*[- ](\d{4})$/;

const inRange = (year: number) => year >= 1990 && year <= 2100;

/** Reads a period as written in a file or form: 2025-04, 2025-04-01, Apr 2025, April-2025, 2025-Q2, 2025 Q2, 2025. Null when unreadable. */
export function parsePeriod(input: string): Period | null {
  const text = input.trim();
  let m = MONTH.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (!inRange(year) || month < 1 || month > 12) return null;
    return { kind: 'month', label: `${year}-${String(month).padStart(2, '0')}`, index: year * 12 + month - 1 };
  }
  m = NAMED_MONTH.exec(text);
  if (m) {
    const month = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1;
    const year = Number(m[2]);
    if (month === 0 || !inRange(year)) return null;
    return { kind: 'month', label: `${year}-${String(month).padStart(2, '0')}`, index: year * 12 + month - 1 };
  }
  m = QUARTER.exec(text);
  if (m) {
    const year = Number(m[1]);
    if (!inRange(year)) return null;
    return { kind: 'quarter', label: `${year}-Q${m[2]}`, index: year * 4 + Number(m[2]) - 1 };
  }
  m = YEAR.exec(text);
  if (m && inRange(Number(m[1]))) return { kind: 'year', label: m[1]!, index: Number(m[1]) };
  return null;
}

/** The label of the period `index` of a kind, e.g. for naming a gap. */
export function periodLabel(kind: PeriodKind, index: number): string {
  if (kind === 'year') return String(index);
  if (kind === 'quarter') return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const MONTH_WORDS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A period in words: "April 2025", "Quarter 2, 2025", "2025". */
export function periodInWords(period: Pick<Period, 'kind' | 'index'>): string {
  if (period.kind === 'year') return String(period.index);
  if (period.kind === 'quarter') return `Quarter ${(period.index % 4) + 1}, ${Math.floor(period.index / 4)}`;
  return `${MONTH_WORDS[period.index % 12]} ${Math.floor(period.index / 12)}`;
}

/** Periods missing between the first and last of a series (sorted by index, one kind). */
export function gapsIn(kind: PeriodKind, indexes: readonly number[]): string[] {
  const gaps: string[] = [];
  for (let i = 1; i < indexes.length; i++) for (let x = indexes[i - 1]! + 1; x < indexes[i]!; x++) gaps.push(periodLabel(kind, x));
  return gaps;
}
