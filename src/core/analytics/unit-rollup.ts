// Sums per unit with every unit's subtree rolled up into it: for each column (an item or a
// respondent-level scale score), how many answered, their sum and sum of squares, and how many
// were positive. One pass over the answers files each respondent under their own unit, then
// one sweep up the tree adds children into parents, so a unit with 40 teams below it costs no
// more than a team. Arrays are column-major (column c, unit u at c * units + u) so each pass
// writes into one small block that stays in cache.
import type { UnitTree } from './unit-tree.js';

export interface UnitRollup {
  units: number;
  columns: number;
  /** Respondents per unit subtree (whoever is filed there, answered or not). */
  respondents: Float64Array;
  n: Float64Array;
  sum: Float64Array;
  sumSquares: Float64Array;
  /** Answers at or above the column's positive threshold; zero where none was given. */
  positive: Float64Array;
}

/**
 * Rolls columns up the unit tree. `unitOf[r]` is respondent r's unit (-1: not filed, left out).
 * `positiveFrom[c]` is the lowest positive value for column c, or NaN to skip counting.
 */
export function rollUpUnits(columns: readonly Float64Array[], unitOf: Int32Array, tree: UnitTree, positiveFrom?: readonly number[]): UnitRollup {
  const units = tree.size;
  const C = columns.length;
  const respondents = new Float64Array(units);
  const n = new Float64Array(C * units);
  const sum = new Float64Array(C * units);
  const sumSquares = new Float64Array(C * units);
  const positive = new Float64Array(C * units);
  const R = unitOf.length;
  for (let r = 0; r < R; r++) {
    const u = unitOf[r]!;
    if (u >= 0) respondents[u]! += 1;
  }
  for (let c = 0; c < C; c++) {
    const column = columns[c]!;
    if (column.length !== R) throw new RangeError(`Column ${c} has ${column.length} values for ${R} respondents.`);
    const base = c * units;
    const threshold = positiveFrom?.[c] ?? Number.NaN; // NaN: every comparison false, no branch
    for (let r = 0; r < R; r++) {
      const x = column[r]!;
      const u = unitOf[r]!;
      if (x !== x || u < 0) continue;
      const at = base + u;
      n[at]! += 1;
      sum[at]! += x;
      sumSquares[at]! += x * x;
      if (x >= threshold) positive[at]! += 1;
    }
  }
  // Children after parents in `order`, so walking it backwards finishes each unit before its parent.
  for (let i = units - 1; i >= 0; i--) {
    const u = tree.order[i]!;
    const p = tree.parent[u]!;
    if (p < 0) continue;
    respondents[p]! += respondents[u]!;
    for (let at = u, to = p; at < C * units; at += units, to += units) {
      n[to]! += n[at]!;
      sum[to]! += sum[at]!;
      sumSquares[to]! += sumSquares[at]!;
      positive[to]! += positive[at]!;
    }
  }
  return { units, columns: C, respondents, n, sum, sumSquares, positive };
}

/** The mean of column c in unit u's subtree; NaN with no answers. */
export const rollupMean = (rollup: UnitRollup, c: number, u: number): number => rollup.sum[c * rollup.units + u]! / rollup.n[c * rollup.units + u]!;
