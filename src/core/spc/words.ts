// What an SPC chart's icons say, in plain English (NHS England, Making Data Count): the variation
// icon's words from the last point and the improvement direction, and the assurance icon's from
// the target against the limits; each point's meaning for a data table; and a one-sentence summary
// of a chart for its text alternative. Shared by the web charts, the synthesis and the board report.
import type { SpcChartResult } from '../report/spc-geometry.js';
import { PRESETS, type AssuranceIcon, type ImprovementDirection, type PointType, type SpcRule } from './index.js';

/** Whether a special cause point is shown as high (true), low (false), or is common cause (null). */
export function pointSide(type: PointType, direction: ImprovementDirection): boolean | null {
  switch (type) {
    case 'common_cause':
      return null;
    case 'special_cause_neutral_high':
      return true;
    case 'special_cause_neutral_low':
      return false;
    case 'special_cause_improvement':
      return direction !== 'decrease';
    case 'special_cause_concern':
      return direction === 'decrease';
  }
}

/** The letter on the variation icon: H or L for a special cause, nothing for common cause. */
export function variationLetter(type: PointType, direction: ImprovementDirection): 'H' | 'L' | null {
  const high = pointSide(type, direction);
  return high === null ? null : high ? 'H' : 'L';
}

const KIND: Record<PointType, string> = {
  common_cause: 'common cause',
  special_cause_improvement: 'special cause improvement',
  special_cause_concern: 'special cause concern',
  special_cause_neutral_high: 'special cause, neither improvement nor concern',
  special_cause_neutral_low: 'special cause, neither improvement nor concern',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** E.g. "Special cause improvement (high)"; the icon puts "Variation: " in front. */
export function describeVariation(type: PointType, direction: ImprovementDirection): string {
  const high = pointSide(type, direction);
  if (high === null) return 'Common cause: no significant change';
  return capital(`${KIND[type]} (${high ? 'high' : 'low'})`);
}

const ASSURANCE: Record<AssuranceIcon, string> = {
  consistent_pass: 'The target will consistently be met',
  consistent_fail: 'The target will consistently be missed',
  inconsistent: 'The target will be met some of the time and missed some of the time',
};

export function describeAssurance(icon: AssuranceIcon): string {
  return ASSURANCE[icon];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The variation icon's words, e.g. "Variation: special cause improvement (high)". */
export function variationText(type: PointType, direction: ImprovementDirection): string {
  return `Variation: ${lowerFirst(describeVariation(type, direction))}`;
}

/** The assurance icon's words, e.g. "Assurance: the target will consistently be met". */
export function assuranceText(icon: AssuranceIcon): string {
  return `Assurance: ${lowerFirst(describeAssurance(icon))}`;
}

function ruleWords(rule: SpcRule, high: boolean, result: SpcChartResult): string {
  // The API drops the settings; the server applies a preset unchanged, so its run lengths hold.
  const preset = PRESETS[result.preset];
  const shiftPoints = result.settings?.shiftPoints ?? preset.shiftPoints;
  const trendPoints = result.settings?.trendPoints ?? preset.trendPoints;
  switch (rule) {
    case 'astronomical':
      return high ? 'above the upper process limit' : 'below the lower process limit';
    case 'shift':
      return `run of ${shiftPoints} or more ${high ? 'above' : 'below'} the mean`;
    case 'trend':
      return `${trendPoints} or more points ${high ? 'rising' : 'falling'} in a row`;
    case 'two_of_three':
      return `2 of 3 points close to the ${high ? 'upper' : 'lower'} process limit`;
  }
}

const POINT_KIND: Record<PointType, string> = {
  common_cause: 'Common cause variation',
  special_cause_improvement: 'Special cause: improvement',
  special_cause_concern: 'Special cause: concern',
  special_cause_neutral_high: 'Special cause: high',
  special_cause_neutral_low: 'Special cause: low',
};

/** E.g. "Special cause: improvement (run of 6 or more above the mean)". */
export function describePoint(point: SpcChartResult['points'][number], result: SpcChartResult): string {
  if (result.partitions[point.partition]?.lpl == null) return 'Not judged: no process limits';
  const high = pointSide(point.type, result.direction);
  if (high === null || point.rule === null) return POINT_KIND[point.type];
  return `${POINT_KIND[point.type]} (${ruleWords(point.rule, high, result)})`;
}

/** Decimals for the mean and limits: one more than the values carry, between 1 and 3. */
export function lineDecimals(values: readonly number[]): number {
  const carried = Math.max(0, ...values.map((v) => (Number.isInteger(v) ? 0 : (String(v).split('.')[1]?.length ?? 0))));
  return Math.min(3, Math.max(1, carried + 1));
}

/** `fixed` for the mean and limits, so a column of them lines up (52.0 beside 37.6, not 52). */
export function formatNumber(value: number, maxDecimals = 3, fixed = false): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: maxDecimals, minimumFractionDigits: fixed ? maxDecimals : 0 });
}

/** One sentence for the chart's <desc>; the data table carries the full detail. */
export function summariseChart(result: SpcChartResult, periods: readonly string[], unitLabel: string, target: number | null): string {
  const n = result.points.length;
  if (n === 0) return 'There are no points to chart.';
  const decimals = lineDecimals(result.points.map((p) => p.value));
  const line = (v: number) => formatNumber(v, decimals, true);
  const unit = unitLabel ? ` (${unitLabel})` : '';
  const first = periods[0] ?? 'point 1';
  const last = periods[n - 1] ?? `point ${n}`;
  const parts = [`${n} ${n === 1 ? 'value' : 'values'}${unit} from ${first} to ${last}`];
  const latest = result.partitions[result.partitions.length - 1];
  if (latest) {
    const since = result.partitions.length > 1 ? ` since ${periods[latest.start] ?? `point ${latest.start + 1}`}` : '';
    const limits = latest.lpl !== null && latest.upl !== null ? ` and process limits ${line(latest.lpl)} to ${line(latest.upl)}` : '';
    parts.push(`mean ${line(latest.mean)}${limits}${since}`);
  }
  if (target !== null) parts.push(`target ${formatNumber(target)}`);
  const special = result.points.filter((p) => p.type !== 'common_cause').length;
  parts.push(`${special === 0 ? 'no' : special} special cause ${special === 1 ? 'point' : 'points'}`);
  const lastPoint = result.points[n - 1]!;
  const shows = result.variation === 'common_cause' ? 'common cause variation' : result.variation && lowerFirst(describeVariation(result.variation, result.direction));
  return `An SPC chart of ${parts.join('; ')}; the latest value is ${formatNumber(lastPoint.value)}${shows ? `, which shows ${shows}` : ''}.`;
}
