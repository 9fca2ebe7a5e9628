// Count, mean, sample SD and % positive of one column of answers, overall or per group.
// Columns are Float64Arrays with NaN for "unanswered", and each is read in one pass with
// running sums, so a million respondents cost one tight loop per item and no allocation per value.
import type { Groups } from './groups.js';

export interface ColumnSummary {
  /** How many respondents answered. */
  n: number;
  /** Null when nobody answered. */
  mean: number | null;
  /** Sample standard deviation (n − 1 denominator); null when fewer than two answered. */
  sd: number | null;
  /** Answered values at or above the positive threshold; null when no threshold was given. */
  positive: number | null;
  /** `positive` as a percentage (0–100) of those who answered; null without a threshold or answers. */
  pctPositive: number | null;
}

/** The whole column as one group. `positiveAt` null leaves positive and pctPositive null. */
export function summarise(column: Float64Array, positiveAt: number | null = null): ColumnSummary {
  return accumulate(column, null, 1, positiveAt)[0] as ColumnSummary;
}

/** One summary per group, in the order of `groups.labels`; respondents in no group are left out. */
export function summariseByGroup(column: Float64Array, groups: Groups, positiveAt: number | null = null): ColumnSummary[] {
  if (groups.index.length !== column.length) throw new RangeError(`The column has ${column.length} values but there are ${groups.index.length} group entries.`);
  return accumulate(column, groups.index, groups.labels.length, positiveAt);
}

function accumulate(column: Float64Array, index: Int32Array | null, groupCount: number, positiveAt: number | null): ColumnSummary[] {
  const count = new Float64Array(groupCount);
  const sum = new Float64Array(groupCount);
  const sumSquares = new Float64Array(groupCount);
  const positive = new Float64Array(groupCount);
  // Sums of squares are taken about the first answer rather than zero: survey answers sit in a
  // narrow range, so this keeps the one-pass variance free of the cancellation that the
  // textbook Σx² − (Σx)²/n suffers, without Welford's division on every value.
  let shift = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (x === x) {
      shift = x;
      break;
    }
  }
  // A comparison with NaN is always false, so "no threshold" costs no extra branch in the loop.
  const threshold = positiveAt ?? Number.NaN;
  for (let i = 0; i < column.length; i++) {
    const x = column[i] as number;
    if (x !== x) continue;
    const g = index === null ? 0 : (index[i] as number);
    if (g < 0 || g >= groupCount) continue;
    const d = x - shift;
    count[g]! += 1;
    sum[g]! += d;
    sumSquares[g]! += d * d;
    if (x >= threshold) positive[g]! += 1;
  }
  const summaries: ColumnSummary[] = [];
  for (let g = 0; g < groupCount; g++) {
    const n = count[g] as number;
    const s = sum[g] as number;
    const variance = n >= 2 ? Math.max(0, ((sumSquares[g] as number) - (s * s) / n) / (n - 1)) : null;
    const pos = positiveAt === null ? null : (positive[g] as number);
    summaries.push({
      n,
      mean: n ? shift + s / n : null,
      sd: variance === null ? null : Math.sqrt(variance),
      positive: pos,
      pctPositive: pos === null || !n ? null : (100 * pos) / n,
    });
  }
  return summaries;
}
