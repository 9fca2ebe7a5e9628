// Each partition's centre line and limits as flat arrays, plus which partition each point is in,
// so the rule scans index numbers rather than walk partition objects (the engine must get
// through thousands of series quickly) and allocate nothing per point.
import type { SpcPartition } from './types.js';

export interface ChartLines {
  /** Position of each point's partition; the arrays below are indexed by that position. */
  partition: Int32Array;
  /** 1 where the partition shows limits, so the rules may judge its points. */
  active: Uint8Array;
  mean: Float64Array;
  lpl: Float64Array;
  upl: Float64Array;
  lowerTwoSigma: Float64Array;
  upperTwoSigma: Float64Array;
}

export function chartLines(partitions: readonly SpcPartition[], length: number): ChartLines {
  const count = partitions.length;
  // One buffer for the five per-partition lines: fewer allocations per series.
  const buffer = new Float64Array(5 * count);
  const lines: ChartLines = {
    partition: new Int32Array(length),
    active: new Uint8Array(count),
    mean: buffer.subarray(0, count),
    lpl: buffer.subarray(count, 2 * count),
    upl: buffer.subarray(2 * count, 3 * count),
    lowerTwoSigma: buffer.subarray(3 * count, 4 * count),
    upperTwoSigma: buffer.subarray(4 * count, 5 * count),
  };
  for (let k = 0; k < count; k++) {
    const p = partitions[k] as SpcPartition;
    if (k > 0) lines.partition.fill(k, p.start, p.end);
    lines.mean[k] = p.mean;
    if (p.lpl === null) continue;
    lines.active[k] = 1;
    lines.lpl[k] = p.lpl;
    lines.upl[k] = p.upl as number;
    lines.lowerTwoSigma[k] = p.lowerTwoSigma as number;
    lines.upperTwoSigma[k] = p.upperTwoSigma as number;
  }
  return lines;
}
