// How results read on screen: a score to one decimal place, how it compares with the whole
// organisation (in words as well as colour, so colour is never the only signal), why a cell
// is hidden, and the heatmap's row order when sorted by a measure.
import type { Cell, CellStatus } from '../api/results-api.js';

export type Comparison = 'much-higher' | 'higher' | 'similar' | 'lower' | 'much-lower';

/** Bands on the 0–10 scale: within 0.2 of the organisation reads as similar; 0.5 or more apart as much higher or lower. */
export function compare(mean: number, organisation: number | null): Comparison {
  if (organisation === null) return 'similar';
  const d = Math.round((mean - organisation) * 100) / 100;
  if (d >= 0.5) return 'much-higher';
  if (d >= 0.2) return 'higher';
  if (d <= -0.5) return 'much-lower';
  if (d <= -0.2) return 'lower';
  return 'similar';
}

export const formatScore = (mean: number) => mean.toFixed(1);

/** The comparison in words, for screen readers and the unit page, such as "0.6 above the organisation". */
export function comparisonText(mean: number, reference: number | null, referenceName = 'the organisation'): string {
  if (reference === null) return '';
  const d = Math.round((mean - reference) * 10) / 10;
  if (d === 0) return `the same as ${referenceName}`;
  return `${Math.abs(d).toFixed(1)} ${d > 0 ? 'above' : 'below'} ${referenceName}`;
}

/** The difference in a table cell, such as "+0.6" or "−1.0" (a true minus sign), or "0.0". */
export function differenceText(mean: number, organisation: number): string {
  const d = Math.round((mean - organisation) * 10) / 10;
  return d > 0 ? `+${d.toFixed(1)}` : d < 0 ? `−${Math.abs(d).toFixed(1)}` : '0.0';
}

export const HIDDEN_LABELS: Record<Exclude<CellStatus, 'shown'>, string> = {
  too_few: 'Too few',
  protects_another: 'Hidden',
  none: '–',
};

/** What a hidden figure is, for the sentence saying why: a score by default, or e.g. "their comments". */
export function hiddenExplanation(status: Exclude<CellStatus, 'shown'>, threshold: number, what = 'this', place: 'unit' | 'group' = 'unit'): string {
  switch (status) {
    case 'too_few':
      return `Fewer than ${threshold} people answered, so ${what} ${what === 'this' ? 'is' : 'are'} not shown.`;
    case 'protects_another':
      return 'Hidden so that a smaller group’s answers cannot be worked out from the other figures.';
    case 'none':
      return place === 'unit' ? 'Nobody’s answers are counted here: people in this unit are counted in a larger unit above it.' : 'Nobody who answered is in this group.';
  }
}

export type SortKey = { measure: number; direction: 'descending' | 'ascending' } | null;

/** Rows in their own order (no sort), or by one measure's score with hidden cells last; the first row (the reference: the organisation, or a unit's total) stays first. */
export function sortRows<R extends { cells: readonly Cell[] }>(rows: readonly R[], sort: SortKey): R[] {
  if (!sort) return [...rows];
  const [organisation, ...units] = rows;
  const value = (c: Cell | undefined) => (c?.status === 'shown' && c.mean !== null ? c.mean : null);
  const sign = sort.direction === 'descending' ? -1 : 1;
  const sorted = units
    .map((row, i) => ({ row, i, v: value(row.cells[sort.measure]) }))
    .sort((a, b) => (a.v === null ? (b.v === null ? a.i - b.i : 1) : b.v === null ? -1 : sign * (a.v - b.v) || a.i - b.i))
    .map((x) => x.row);
  return organisation ? [organisation, ...sorted] : sorted;
}
