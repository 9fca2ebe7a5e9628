// The four Making Data Count special-cause tests, run over the whole series at once and recorded
// as bit flags per point, so that one point can carry several rules on both sides before the
// conflict is settled (classify-point.ts).
import type { ChartLines } from './chart-lines.js';
import type { SpcSettings } from './types.js';

export const ASTRONOMICAL_HIGH = 1;
export const ASTRONOMICAL_LOW = 2;
export const SHIFT_HIGH = 4;
export const SHIFT_LOW = 8;
export const TREND_UP = 16;
export const TREND_DOWN = 32;
export const TWO_OF_THREE_HIGH = 64;
export const TWO_OF_THREE_LOW = 128;
export const HIGH_FLAGS = ASTRONOMICAL_HIGH | SHIFT_HIGH | TREND_UP | TWO_OF_THREE_HIGH;
export const LOW_FLAGS = ASTRONOMICAL_LOW | SHIFT_LOW | TREND_DOWN | TWO_OF_THREE_LOW;

type RuleSettings = Pick<SpcSettings, 'shiftPoints' | 'trendPoints' | 'rulesCrossRebase' | 'twoOfThreeCountsBeyondLimit' | 'twoOfThreeSameSide'>;

/** Flags for every point. Points whose partition hides its limits get none and break any run. */
export function specialCauseFlags(values: ArrayLike<number>, lines: ChartLines, settings: RuleSettings): Uint8Array {
  const flags = new Uint8Array(values.length);
  const { partition, active } = lines;
  // Whether point i carries on a run from point i − 1.
  const joined = (i: number): boolean => {
    const a = partition[i - 1] as number;
    const b = partition[i] as number;
    return active[a] === 1 && active[b] === 1 && (a === b || settings.rulesCrossRebase);
  };
  astronomical(values, lines, flags);
  shifts(values, lines, flags, settings.shiftPoints, joined);
  trends(values, flags, settings.trendPoints, joined);
  twoOfThree(values, lines, flags, settings, joined);
  return flags;
}

/** Strictly beyond a limit: a point exactly on it is not special cause. */
function astronomical(values: ArrayLike<number>, lines: ChartLines, flags: Uint8Array): void {
  for (let i = 0; i < values.length; i++) {
    const k = lines.partition[i] as number;
    if (!lines.active[k]) continue;
    const v = values[i] as number;
    if (v > (lines.upl[k] as number)) mark(flags, i, ASTRONOMICAL_HIGH);
    else if (v < (lines.lpl[k] as number)) mark(flags, i, ASTRONOMICAL_LOW);
  }
}

/** +1 above its partition's mean, −1 below; 0 on the mean or where the partition is not judged. */
function sideOfMean(values: ArrayLike<number>, lines: ChartLines, i: number): number {
  const k = lines.partition[i] as number;
  if (!lines.active[k]) return 0;
  const d = (values[i] as number) - (lines.mean[k] as number);
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

/** Runs on one side of each point's own mean; the whole run is flagged once it is long enough. */
function shifts(values: ArrayLike<number>, lines: ChartLines, flags: Uint8Array, needed: number, joined: (i: number) => boolean): void {
  let runStart = 0;
  let runSide = 0;
  const close = (end: number) => {
    if (runSide !== 0 && end - runStart >= needed) markRange(flags, runStart, end, runSide > 0 ? SHIFT_HIGH : SHIFT_LOW);
  };
  for (let i = 0; i < values.length; i++) {
    const side = sideOfMean(values, lines, i);
    if (i > 0 && side !== 0 && side === runSide && joined(i)) continue;
    close(i);
    runStart = i;
    runSide = side;
  }
  close(values.length);
}

/**
 * Runs of strict rises or strict falls, counted in points (so `needed` points is needed − 1
 * steps). A turning point can end one trend and start the other.
 */
function trends(values: ArrayLike<number>, flags: Uint8Array, needed: number, joined: (i: number) => boolean): void {
  let upStart = 0;
  let downStart = 0;
  for (let i = 1; i < values.length; i++) {
    const step = joined(i) ? Math.sign((values[i] as number) - (values[i - 1] as number)) : 0;
    if (step > 0) {
      extend(flags, upStart, i, needed, TREND_UP);
      downStart = i;
    } else if (step < 0) {
      extend(flags, downStart, i, needed, TREND_DOWN);
      upStart = i;
    } else {
      upStart = i;
      downStart = i;
    }
  }
}

/** Flags the run [start, last] once it reaches `needed` points: the whole of it the first time, then each new point. */
function extend(flags: Uint8Array, start: number, last: number, needed: number, flag: number): void {
  const length = last - start + 1;
  if (length === needed) markRange(flags, start, last + 1, flag);
  else if (length > needed) mark(flags, last, flag);
}

/**
 * Two of three consecutive points beyond the same two-sigma line. Only the points beyond the
 * line are flagged, not the third (the MDC test series show it grey).
 */
function twoOfThree(values: ArrayLike<number>, lines: ChartLines, flags: Uint8Array, settings: RuleSettings, joined: (i: number) => boolean): void {
  // ±2 beyond a two-sigma line (and counted), ±1 otherwise above or below the mean, 0 on it or not judged.
  const zone = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const side = sideOfMean(values, lines, i);
    zone[i] = side !== 0 && beyondTwoSigma(values, lines, i, side, settings.twoOfThreeCountsBeyondLimit) ? 2 * side : side;
  }
  for (let last = 2; last < values.length; last++) {
    if (!joined(last - 1) || !joined(last)) continue;
    const a = zone[last - 2] as number;
    const b = zone[last - 1] as number;
    const c = zone[last] as number;
    for (let side = -1; side <= 1; side += 2) {
      const beyond = 2 * side;
      if ((a === beyond ? 1 : 0) + (b === beyond ? 1 : 0) + (c === beyond ? 1 : 0) < 2) continue;
      if (settings.twoOfThreeSameSide && (a * side <= 0 || b * side <= 0 || c * side <= 0)) continue;
      const flag = side > 0 ? TWO_OF_THREE_HIGH : TWO_OF_THREE_LOW;
      for (let i = last - 2; i <= last; i++) if (zone[i] === beyond) mark(flags, i, flag);
    }
  }
}

/** Beyond the two-sigma line on `side`; a point beyond the process limit too only if `countBeyondLimit`. */
function beyondTwoSigma(values: ArrayLike<number>, lines: ChartLines, i: number, side: number, countBeyondLimit: boolean): boolean {
  const k = lines.partition[i] as number;
  const v = values[i] as number;
  return side > 0
    ? v > (lines.upperTwoSigma[k] as number) && (countBeyondLimit || v <= (lines.upl[k] as number))
    : v < (lines.lowerTwoSigma[k] as number) && (countBeyondLimit || v >= (lines.lpl[k] as number));
}

function mark(flags: Uint8Array, i: number, flag: number): void {
  flags[i] = (flags[i] as number) | flag;
}

function markRange(flags: Uint8Array, start: number, end: number, flag: number): void {
  for (let i = start; i < end; i++) mark(flags, i, flag);
}
