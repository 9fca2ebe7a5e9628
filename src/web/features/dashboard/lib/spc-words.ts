// What an SPC chart shows, in plain English: the icons' text alternatives, each point's meaning
// for the data table, and the one-sentence summary inside the chart. Kept apart from the
// components so the wording can be read, tested and changed in one place.
import { PRESETS, type PointType, type SpcRule } from '../../../../core/spc/index.js';
import { describeVariation, pointSide } from '../../../../core/spc/words.js';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export { assuranceText, describeAssurance, describeVariation, pointSide, variationLetter, variationText } from '../../../../core/spc/words.js';
import type { SpcChartResult } from './spc-geometry.js';

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
