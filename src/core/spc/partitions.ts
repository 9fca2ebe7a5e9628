// Where recalculations split a series, checked up front so a bad index is reported rather than
// silently producing an empty or overlapping partition.
import { SpcOptionsError } from './errors.js';

/** 0-based first index of each partition: 0, then each rebase index. */
export function partitionStarts(length: number, rebase: readonly number[] = []): number[] {
  const starts = [0];
  for (const at of rebase) {
    if (!Number.isInteger(at) || at < 1 || at >= length) {
      if (length < 2) throw new SpcOptionsError(`Rebase index ${String(at)} is out of range: a series of ${length} value${length === 1 ? '' : 's'} cannot be recalculated.`);
      throw new SpcOptionsError(`Rebase index ${String(at)} is out of range: a new partition can start at index 1 to ${length - 1} (counting from 0).`);
    }
    if (at <= (starts[starts.length - 1] as number)) throw new SpcOptionsError(`Rebase indices must be strictly increasing; ${at} comes after ${starts[starts.length - 1]}.`);
    starts.push(at);
  }
  return starts;
}
