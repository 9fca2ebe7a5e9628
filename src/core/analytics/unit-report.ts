// One unit's results, item by item, with the same protection as the heatmap: each item's
// figures for the unit cover its whole subtree and are hidden when too few answered, or when
// showing them would let a smaller group be worked out from the other units' figures.
// Deciding that needs every unit's count for the item, but the sums only for this unit's
// subtree, so the pass counts everywhere and sums only inside.
import { SHOWN, suppressHierarchy, type SuppressionStatus } from './hierarchy-suppression.js';
import { subtreeMembers, type UnitTree } from './unit-tree.js';

export type ItemResult =
  | { status: typeof SHOWN; n: number; mean: number; sd: number | null; pctPositive: number | null }
  | { status: Exclude<SuppressionStatus, typeof SHOWN> };

export interface UnitReportInput {
  tree: UnitTree;
  unitOf: Int32Array;
  items: readonly Float64Array[];
  /** Lowest positive value per item, or NaN where an item has none. */
  positiveFrom: readonly number[];
  k: number;
}

export function unitReport({ tree, unitOf, items, positiveFrom, k }: UnitReportInput, unit: number): ItemResult[] {
  const units = tree.size;
  const inside = subtreeMembers(tree, unit);
  const counts = new Float64Array(units);
  const results: ItemResult[] = [];
  // A plain loop over plain locals: this is the hot path of a unit's page.
  for (let c = 0; c < items.length; c++) {
    const column = items[c]!;
    counts.fill(0);
    let sum = 0;
    let sumSquares = 0;
    let positive = 0;
    const threshold = positiveFrom[c] ?? Number.NaN;
    const size = column.length;
    for (let r = 0; r < size; r++) {
      const x = column[r]!;
      if (x !== x) continue;
      const u = unitOf[r]!;
      if (u < 0) continue;
      counts[u]! += 1;
      if (inside[u] === 1) {
        sum += x;
        sumSquares += x * x;
        if (x >= threshold) positive += 1;
      }
    }
    for (let i = units - 1; i >= 0; i--) {
      const u = tree.order[i]!;
      const p = tree.parent[u]!;
      if (p >= 0) counts[p]! += counts[u]!;
    }
    const status = suppressHierarchy(tree, counts, k)[unit] as SuppressionStatus;
    if (status !== SHOWN) {
      results.push({ status });
      continue;
    }
    const n = counts[unit]!;
    const sd = n > 1 ? Math.sqrt(Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1))) : null;
    results.push({ status, n, mean: sum / n, sd, pctPositive: Number.isNaN(threshold) ? null : (100 * positive) / n });
  }
  return results;
}
