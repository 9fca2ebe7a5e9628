// The one entry point: a series of numbers and options in, a fully classified XmR chart out.
// Pure: no I/O, no environment, no clock, so the same input always gives the same chart.
import { chartLines } from './chart-lines.js';
import { decidingRule, isConflict, pointType, rulesOf, showsHigh } from './classify-point.js';
import { SpcInputError, SpcOptionsError } from './errors.js';
import { assuranceIcon, variationIcon } from './icons.js';
import { partitionLimits } from './limits.js';
import * as say from './messages.js';
import { partitionStarts } from './partitions.js';
import { resolveSettings } from './presets.js';
import { specialCauseFlags } from './special-cause-rules.js';
import type { ImprovementDirection, SpcOptions, SpcPoint, SpcResult } from './types.js';

const DIRECTIONS: readonly ImprovementDirection[] = ['increase', 'decrease', 'neither'];

export function analyseSpc(values: ArrayLike<number>, options: SpcOptions = {}): SpcResult {
  const { preset, settings } = resolveSettings(options);
  const direction = options.direction ?? 'neither';
  if (!DIRECTIONS.includes(direction)) throw new SpcOptionsError(`Unknown improvement direction "${String(direction)}"; choose increase, decrease or neither.`);
  const target = options.target ?? null;
  if (target !== null && !Number.isFinite(target)) throw new SpcOptionsError(`The target must be a finite number, not ${String(target)}.`);
  const baseline = options.baseline ?? null;
  if (baseline !== null && (!Number.isInteger(baseline) || baseline < 2)) throw new SpcOptionsError(`The baseline must be a whole number of at least 2 points, not ${String(baseline)}.`);
  const n = values.length;
  for (let i = 0; i < n; i++) if (!Number.isFinite(values[i])) throw new SpcInputError(i, values[i] as number);

  const result: SpcResult = { preset, direction, target, settings, partitions: [], points: [], variation: null, assurance: null, warnings: [], reasons: [] };
  const starts = partitionStarts(n, options.rebase);
  if (n === 0) {
    result.reasons.push(say.EMPTY_SERIES);
    return result;
  }

  const partitions = starts.map((start, k) => partitionLimits(values, start, starts[k + 1] ?? n, baseline, settings));
  partitions.forEach((p, k) => {
    if (p.movingRangeMean === null) result.reasons.push(say.noMovingRange(p, k, partitions.length));
    else if (p.basis < settings.minPoints) {
      if (settings.hideBelowMinPoints) result.reasons.push(say.hiddenLimits(p, k, partitions.length, settings.minPoints));
      else result.warnings.push(say.trialLimits(p, k, partitions.length, settings.minPoints));
    }
    if (p.screenedMovingRanges > 0) result.warnings.push(say.screened(p, k, partitions.length, settings.screeningFactor));
  });
  result.partitions = partitions;

  const lines = chartLines(partitions, n);
  const flags = specialCauseFlags(values, lines, settings);
  const points: SpcPoint[] = new Array<SpcPoint>(n);
  for (let i = 0; i < n; i++) {
    const f = flags[i] as number;
    const value = values[i] as number;
    const partition = lines.partition[i] as number;
    if (f === 0) {
      points[i] = { index: i, value, partition, type: 'common_cause', rule: null, rules: rulesOf(0) };
      continue;
    }
    const nextStep = i + 1 < n ? Math.sign((values[i + 1] as number) - value) : 0;
    const high = showsHigh(f, nextStep, direction, settings.conflict);
    points[i] = { index: i, value, partition, type: pointType(high, direction), rule: decidingRule(f, high), rules: rulesOf(f) };
  }
  result.points = points;

  const last = partitions[partitions.length - 1];
  result.variation = variationIcon(last, (points[n - 1] as SpcPoint).type);
  result.assurance = assuranceIcon(last, direction, target, settings.targetOnLimitIsDecisive);
  if (result.variation === null) {
    if (partitions.length > 1) result.reasons.push(say.NO_LAST_LIMITS);
  } else {
    if (target === null) result.reasons.push(say.NO_TARGET);
    else if (direction === 'neither') result.reasons.push(say.TARGET_WITHOUT_DIRECTION);
    const lastFlags = flags[n - 1] as number;
    if (isConflict(lastFlags)) {
      const high = showsHigh(lastFlags, 0, direction, settings.conflict);
      result.warnings.push(say.lastPointConflict(direction, high, direction === 'neither' || settings.conflict === 'priority'));
    }
  }
  return result;
}
