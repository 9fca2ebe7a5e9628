// The SPC engine's vocabulary, shared by the engine, the CLI and anything that draws a chart.

/** Which way is better for the measure; 'neither' marks special causes as high or low only. */
export type ImprovementDirection = 'increase' | 'decrease' | 'neither';

/** The four special-cause tests of Making Data Count. */
export type SpcRule = 'astronomical' | 'shift' | 'trend' | 'two_of_three';

export type PointType = 'common_cause' | 'special_cause_improvement' | 'special_cause_concern' | 'special_cause_neutral_high' | 'special_cause_neutral_low';

export type AssuranceIcon = 'consistent_pass' | 'consistent_fail' | 'inconsistent';

/**
 * How a point that is special cause in both directions (high by one rule, low by another) is shown:
 * 'improvement' or 'concern' pick that side outright (MDC lets each metric choose, defaulting to
 * improvement); 'priority' takes the side of the highest-priority rule that fired (RULE_PRIORITY),
 * which is what NHSRplotthedots does.
 */
export type ConflictResolution = 'improvement' | 'concern' | 'priority';

export type PresetName = 'mdc' | 'ptd';

/** Every convention on which SPC tools differ; a preset fixes them all and options may override any. */
export interface SpcSettings {
  /** Consecutive points on one side of the mean that make a shift. A point exactly on the mean breaks the run. */
  shiftPoints: number;
  /** Consecutive points each higher (or each lower) than the one before that make a trend, counting both ends. An equal value breaks it. */
  trendPoints: number;
  /** Leave out moving ranges at or above screeningFactor × the mean moving range, then recompute the mean once. */
  screenMovingRanges: boolean;
  screeningFactor: number;
  /** Fewest points a partition's limits should rest on. */
  minPoints: number;
  /** Below minPoints: true hides the partition's limits, special causes and icons; false shows them with a warning. */
  hideBelowMinPoints: boolean;
  conflict: ConflictResolution;
  /** Whether a shift, trend or two-of-three run may carry on across a recalculation, each point judged against its own partition's lines. */
  rulesCrossRebase: boolean;
  /** Whether a point beyond a process limit counts towards two of three beyond the two-sigma line. */
  twoOfThreeCountsBeyondLimit: boolean;
  /** Whether all three points of a two-of-three window must sit on the same side of the mean. */
  twoOfThreeSameSide: boolean;
  /** Whether a target exactly on a process limit gives a pass or fail (true) rather than inconsistent (false). */
  targetOnLimitIsDecisive: boolean;
}

export interface SpcOptions extends Partial<SpcSettings> {
  /** Defaults to 'mdc'. */
  preset?: PresetName;
  /** Defaults to 'neither'. */
  direction?: ImprovementDirection;
  target?: number | null;
  /** 0-based indices of the points that start a new partition (recalculated limits), strictly increasing, each in 1..n−1. */
  rebase?: readonly number[];
  /** Set each partition's mean and limits from its first `baseline` points only and extend them to its later points. */
  baseline?: number | null;
}

export interface SpcPartition {
  /** 0-based index of its first point. */
  start: number;
  /** 0-based index one past its last point. */
  end: number;
  /** How many points the mean and limits were computed from (all of them, or the baseline). */
  basis: number;
  mean: number;
  /** Null when the basis has a single point and so no moving range. */
  movingRangeMean: number | null;
  /** Moving ranges left out by screening. */
  screenedMovingRanges: number;
  /** The limits and two-sigma lines are null when hidden (see SpcSettings.hideBelowMinPoints) or not computable. */
  lpl: number | null;
  upl: number | null;
  lowerTwoSigma: number | null;
  upperTwoSigma: number | null;
}

export interface SpcPoint {
  /** 0-based. */
  index: number;
  value: number;
  /** Position of its partition in SpcResult.partitions. */
  partition: number;
  type: PointType;
  /** The rule that decided `type` (the highest-priority one on the side shown), or null for common cause. */
  rule: SpcRule | null;
  /** Every rule the point is part of, on either side, in priority order. */
  rules: readonly SpcRule[];
}

export interface SpcResult {
  preset: PresetName;
  direction: ImprovementDirection;
  target: number | null;
  settings: Readonly<SpcSettings>;
  partitions: SpcPartition[];
  points: SpcPoint[];
  /** From the last point; null when the last partition has no limits shown. */
  variation: PointType | null;
  assurance: AssuranceIcon | null;
  /** Caveats about what is shown, in plain English (points numbered from 1). */
  warnings: string[];
  /** Why something is not shown: hidden limits, a null icon. */
  reasons: string[];
}
