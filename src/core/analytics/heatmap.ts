// The results heatmap: every unit (with its whole subtree) against every scale, each cell the
// mean scale score of the unit's respondents, with small groups hidden and with the extra
// cells hidden that would otherwise let a small group be worked out by subtraction. Each
// column is protected on its own counts, since a scale's figures are sums over the people who
// have a score on it; the respondent count column likewise.
import { NONE, SHOWN, suppressHierarchy, type SuppressionStatus } from './hierarchy-suppression.js';
import { rollUpUnits } from './unit-rollup.js';
import type { UnitTree } from './unit-tree.js';

export interface HeatmapInput {
  tree: UnitTree;
  /** Respondent r's unit; -1 leaves them out. */
  unitOf: Int32Array;
  /** Per scale, each respondent's scale score (NaN without one). */
  scales: readonly Float64Array[];
  /** The anonymity threshold. */
  k: number;
}

export interface Heatmap {
  units: number;
  scales: number;
  /** Respondents per unit subtree, 0 where hidden; and whether each may be shown. */
  respondents: Float64Array;
  respondentStatus: Uint8Array;
  /** Cell (scale s, unit u) at s * units + u: n, mean and sd of scale scores, NaN where hidden. */
  n: Float64Array;
  mean: Float64Array;
  sd: Float64Array;
  status: Uint8Array;
}

export function buildHeatmap({ tree, unitOf, scales, k }: HeatmapInput): Heatmap {
  const rollup = rollUpUnits(scales, unitOf, tree);
  const units = tree.size;
  const respondentStatus = suppressHierarchy(tree, rollup.respondents, k);
  const respondents = rollup.respondents.map((n, u) => (respondentStatus[u] === SHOWN ? n : 0));
  const n = new Float64Array(scales.length * units);
  const mean = new Float64Array(scales.length * units).fill(Number.NaN);
  const sd = new Float64Array(scales.length * units).fill(Number.NaN);
  const status = new Uint8Array(scales.length * units);
  for (let s = 0; s < scales.length; s++) {
    const base = s * units;
    const columnStatus = suppressHierarchy(tree, rollup.n.subarray(base, base + units), k);
    status.set(columnStatus, base);
    for (let u = 0; u < units; u++) {
      if (columnStatus[u] !== SHOWN) continue;
      const at = base + u;
      const count = rollup.n[at]!;
      const total = rollup.sum[at]!;
      n[at] = count;
      mean[at] = total / count;
      sd[at] = count > 1 ? Math.sqrt(Math.max(0, (rollup.sumSquares[at]! - (total * total) / count) / (count - 1))) : Number.NaN;
    }
  }
  return { units, scales: scales.length, respondents, respondentStatus, n, mean, sd, status };
}

export const cellStatus = (heatmap: Heatmap, scale: number, unit: number): SuppressionStatus => heatmap.status[scale * heatmap.units + unit] as SuppressionStatus;

export { NONE, SHOWN };
