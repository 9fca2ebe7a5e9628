// How a protected workforce figure (a Cell from core/workforce/small-numbers.ts) reads on
// screen: counts as "1,234", FTE and shares to one decimal place ("2,639.7", "12.5%"), ratios
// to two ("3.00"), and hidden figures with the same words as the survey results ("Too few",
// "Hidden", "–"), so a reader who knows one page knows the other. Plain functions, so every
// rounding is tested without a browser.
import type { Cell } from '../../../../core/workforce/small-numbers.js';
import { HIDDEN_LABELS } from '../../results/lib/heatmap-display.js';

export type HiddenStatus = Exclude<Cell['status'], 'shown'>;

/** What a figure is, which decides how it is written. */
export type CellKind = 'count' | 'fte' | 'share' | 'ratio' | 'decimal';

export { HIDDEN_LABELS };

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_PLACE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const UP_TO_ONE_PLACE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const TWO_PLACES = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Formats without a minus sign on a value that rounds to zero ("0.0%", not "-0.0%"). */
const format = (f: Intl.NumberFormat, value: number): string => f.format(value).replace(/^-(?=[0.,%]*$)/, '');

/** A count of people: "1,234". */
export const formatCount = (value: number): string => format(COUNT, value);

/** Full-time equivalent, to one decimal place: "2,639.7". */
export const formatFte = (value: number): string => format(ONE_PLACE, value);

/** A share or rate given as a fraction (0.125), as a percentage to one decimal place: "12.5%". */
export const formatShare = (fraction: number): string => format(PERCENT, fraction);

/** A ratio such as a relative likelihood, to two decimal places: "3.00". */
export const formatRatio = (value: number): string => format(TWO_PLACES, value);

/** A statistic such as a median span, to at most one decimal place: "9.5", "7". */
export const formatDecimal = (value: number): string => format(UP_TO_ONE_PLACE, value);

const FORMATS: Record<CellKind, (value: number) => string> = {
  count: formatCount,
  fte: formatFte,
  share: formatShare,
  ratio: formatRatio,
  decimal: formatDecimal,
};

/** The figure as written in a table: its value in the kind's format, or why it is hidden. */
export function cellText(cell: Cell, kind: CellKind): string {
  return cell.status === 'shown' ? FORMATS[kind](cell.value) : HIDDEN_LABELS[cell.status];
}

/** Why a figure is not shown, in a sentence fragment for screen readers and notes. */
export function hiddenExplanation(status: HiddenStatus, k: number): string {
  switch (status) {
    case 'too_few':
      return `fewer than ${k} people, so not shown`;
    case 'protects_another':
      return 'hidden so that a smaller group cannot be worked out from the other figures';
    case 'none':
      return 'nobody in this group';
  }
}

/** True when every one of the cells has nobody in it: a row that says nothing. */
export const allNone = (cells: readonly Cell[]): boolean => cells.every((c) => c.status === 'none');

/** True when any of the cells is hidden for too few people or to protect another. */
export const anyHidden = (cells: readonly Cell[]): boolean => cells.some((c) => c.status === 'too_few' || c.status === 'protects_another');
