// Turning a point's rule flags into what a chart shows: which side wins when rules disagree, the
// colour that side means for this measure, and the rule to cite.
import {
  ASTRONOMICAL_HIGH,
  ASTRONOMICAL_LOW,
  HIGH_FLAGS,
  LOW_FLAGS,
  SHIFT_HIGH,
  SHIFT_LOW,
  TREND_DOWN,
  TREND_UP,
  TWO_OF_THREE_HIGH,
  TWO_OF_THREE_LOW,
} from './special-cause-rules.js';
import type { ConflictResolution, ImprovementDirection, PointType, SpcRule } from './types.js';

/**
 * The order in which rules explain a point, and decide it under 'priority': NHSRplotthedots's
 * case_when order, so that 'priority' reproduces that package's point types.
 */
export const RULE_PRIORITY: readonly SpcRule[] = ['astronomical', 'trend', 'two_of_three', 'shift'];

const HIGH: Readonly<Record<SpcRule, number>> = { astronomical: ASTRONOMICAL_HIGH, trend: TREND_UP, two_of_three: TWO_OF_THREE_HIGH, shift: SHIFT_HIGH };
const LOW: Readonly<Record<SpcRule, number>> = { astronomical: ASTRONOMICAL_LOW, trend: TREND_DOWN, two_of_three: TWO_OF_THREE_LOW, shift: SHIFT_LOW };

const NO_RULES: readonly SpcRule[] = Object.freeze([]);
// One shared, frozen list per flag combination, so common points cost no allocation.
const RULES_BY_FLAGS: readonly (readonly SpcRule[])[] = Array.from({ length: 256 }, (_, f) =>
  f === 0 ? NO_RULES : Object.freeze(RULE_PRIORITY.filter((r) => f & (HIGH[r] | LOW[r]))),
);

export const rulesOf = (flags: number): readonly SpcRule[] => RULES_BY_FLAGS[flags] ?? NO_RULES;

export const isSpecial = (flags: number): boolean => flags !== 0;

/** High and low rules both fired on this point. */
export const isConflict = (flags: number): boolean => (flags & HIGH_FLAGS) !== 0 && (flags & LOW_FLAGS) !== 0;

/**
 * Whether a special-cause point is shown on its high side. `nextStep` (sign of the next value
 * minus this one) settles a point that ends a rising trend and starts a falling one, or the
 * reverse, under 'priority': the trend that follows wins, as in NHSRplotthedots. With direction
 * 'neither' improvement and concern mean nothing, so priority decides.
 */
export function showsHigh(flags: number, nextStep: number, direction: ImprovementDirection, conflict: ConflictResolution): boolean {
  if (!(flags & LOW_FLAGS)) return true;
  if (!(flags & HIGH_FLAGS)) return false;
  if (direction !== 'neither' && conflict !== 'priority') return (conflict === 'improvement') === (direction === 'increase');
  for (const rule of RULE_PRIORITY) {
    const high = (flags & HIGH[rule]) !== 0;
    const low = (flags & LOW[rule]) !== 0;
    if (high && low) return nextStep > 0;
    if (high || low) return high;
  }
  return true;
}

export function pointType(high: boolean, direction: ImprovementDirection): PointType {
  if (direction === 'neither') return high ? 'special_cause_neutral_high' : 'special_cause_neutral_low';
  return high === (direction === 'increase') ? 'special_cause_improvement' : 'special_cause_concern';
}

/** The highest-priority rule that fired on the side shown. */
export function decidingRule(flags: number, high: boolean): SpcRule | null {
  const side = high ? HIGH : LOW;
  for (const rule of RULE_PRIORITY) if (flags & side[rule]) return rule;
  return null;
}
