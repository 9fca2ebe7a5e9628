// The two summary icons of Making Data Count: what the latest point says (variation) and whether
// the process as it stands can be relied on to meet the target (assurance).
import type { AssuranceIcon, ImprovementDirection, PointType, SpcPartition } from './types.js';

/** The last point's type, or null when its partition shows no limits (so nothing was judged). */
export function variationIcon(lastPartition: SpcPartition | undefined, lastType: PointType | undefined): PointType | null {
  if (!lastPartition || lastPartition.lpl === null || lastType === undefined) return null;
  return lastType;
}

/**
 * The target against the last partition's limits: a process whose whole range lies on the good
 * side of the target will consistently pass; wholly on the bad side, consistently fail; a target
 * between the limits will be met only some of the time. `onLimitDecisive` says which way a target
 * exactly on a limit falls (NHSE's SQL v2.1 made it a pass or fail; NHSRplotthedots compares strictly).
 */
export function assuranceIcon(
  lastPartition: SpcPartition | undefined,
  direction: ImprovementDirection,
  target: number | null,
  onLimitDecisive: boolean,
): AssuranceIcon | null {
  if (!lastPartition || lastPartition.lpl === null || lastPartition.upl === null || target === null || direction === 'neither') return null;
  const atOrBelowLower = onLimitDecisive ? target <= lastPartition.lpl : target < lastPartition.lpl;
  const atOrAboveUpper = onLimitDecisive ? target >= lastPartition.upl : target > lastPartition.upl;
  if (atOrBelowLower) return direction === 'increase' ? 'consistent_pass' : 'consistent_fail';
  if (atOrAboveUpper) return direction === 'increase' ? 'consistent_fail' : 'consistent_pass';
  return 'inconsistent';
}
