// Where everything on an SPC chart goes, worked out apart from any drawing so the arithmetic (axis
// range, round ticks, thinned labels, lines that step at each recalculation) can be tested by
// hand. Two things draw from it: the dashboard's React chart (src/web/features/dashboard, which
// re-exports this file from its old place in lib/) and the board report's SVG builder
// (svg-charts.ts beside this file), so the page and the report cannot drift apart. Sizes are in
// SVG user units, which the web chart keeps equal to CSS pixels by drawing at the width it is
// shown at.
import type { PointType, SpcPartition, SpcPoint, SpcResult, SpcRule, SpcSettings } from '../spc/index.js';

/**
 * An SpcResult as the dashboard API sends it: the API leaves out the engine's settings (its
 * response schema strips them) and types each point's `rules` loosely, so neither is relied on.
 * A result straight from analyseSpc fits too.
 */
export type SpcChartResult = Omit<SpcResult, 'settings' | 'points'> & {
  points: readonly Omit<SpcPoint, 'rules'>[];
  settings?: Readonly<Partial<SpcSettings>>;
};

/** Fills at least 4.5:1 against white, so they pass as graphics on white and under white letters. */
export const SPC_COLOURS = { grey: '#767676', blue: '#0072C6', orange: '#B85400', purple: '#490092' } as const;
export type SpcColour = keyof typeof SPC_COLOURS;

/** Each at least 3:1 against white (WCAG 1.4.11); the lines differ by dash as well as colour. */
export const LINE_COLOURS = { values: '#8C8C8C', mean: '#212B32', limit: '#4C6272', twoSigma: '#768692', target: '#D5281B' } as const;
export const LINE_DASH = { limit: '6 4', twoSigma: '1 3', target: '8 4' } as const;

export function pointColour(type: PointType): SpcColour {
  switch (type) {
    case 'common_cause':
      return 'grey';
    case 'special_cause_improvement':
      return 'blue';
    case 'special_cause_concern':
      return 'orange';
    case 'special_cause_neutral_high':
    case 'special_cause_neutral_low':
      return 'purple';
  }
}

export function pointColourClass(type: PointType): string {
  return `app-spc-point--${pointColour(type)}`;
}

/** Edges of the plotting area in user units (during layout, the margins). */
export interface PlotArea {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface SpcGeometryOptions {
  width: number;
  height: number;
  /** undefined: the result's own target; null: none drawn. */
  target?: number | null;
  /** Overrides the count worked out from the width. */
  maxXLabels?: number;
}

export interface Tick {
  value: number;
  label: string;
}
export interface YTick extends Tick {
  y: number;
}
export interface XLabel {
  index: number;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}
export interface PlacedPoint {
  index: number;
  x: number;
  y: number;
  value: number;
  type: PointType;
  rule: SpcRule | null;
  period: string;
}
export interface Segment {
  partition: number;
  /** First point index and one past the last, as in SpcPartition. */
  start: number;
  end: number;
  x1: number;
  x2: number;
  y: number;
  value: number;
}
export type LineName = 'mean' | 'lpl' | 'upl' | 'lowerTwoSigma' | 'upperTwoSigma';

export interface SpcGeometry {
  width: number;
  height: number;
  plot: PlotArea;
  yMin: number;
  yMax: number;
  yTicks: YTick[];
  xLabels: XLabel[];
  points: PlacedPoint[];
  /** Empty when there are no points. */
  valuePath: string;
  lines: Record<LineName, Segment[]>;
  target: { value: number; y: number } | null;
}

/** Rough width of a character of the 12px axis text, enough to keep labels apart. */
const CHAR_WIDTH = 7;
const LABEL_GAP = 12;
const TICK_FONT_ROOM = 10;
/** Keeps the first and last markers clear of the axes. */
const X_INSET = 12;

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The tick step d3 would pick: 1, 2 or 5 × a power of ten, nearest on a log scale to span / count. */
export function tickStep(span: number, count: number): number {
  const rough = span / Math.max(1, count);
  const power = Math.floor(Math.log10(rough));
  const error = rough / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * 10 ** power;
}

function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** Round ticks covering [min, max]; the axis runs from the first to the last. */
export function niceTicks(min: number, max: number, count = 5): Tick[] {
  if (!(max > min)) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return niceTicks(min - pad, max + pad, count);
  }
  const step = tickStep(max - min, count);
  const decimals = decimalsOf(step);
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks: Tick[] = [];
  for (let k = first; k <= last; k++) {
    // Rounding to the step's decimals stops 0.1 × 3 turning into 0.30000000000000004.
    const value = Number((k * step).toFixed(decimals)) + 0;
    ticks.push({ value, label: value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) });
  }
  return ticks;
}

/** Everything the y axis must show: values, limits and two-sigma lines that are drawn, and the target. */
export function valueExtent(result: SpcChartResult, target: number | null): [number, number] {
  const all: number[] = result.points.map((p) => p.value);
  for (const p of result.partitions) for (const v of [p.mean, p.lpl, p.upl, p.lowerTwoSigma, p.upperTwoSigma]) if (v !== null) all.push(v);
  if (target !== null) all.push(target);
  if (all.length === 0) return [0, 1];
  return [Math.min(...all), Math.max(...all)];
}

/** How many x labels fit across the plot without touching, at the widest label. */
export function maxLabelsFor(plotWidth: number, labels: readonly string[]): number {
  const widest = Math.max(1, ...labels.map((l) => l.length));
  return Math.max(1, Math.floor(plotWidth / (widest * CHAR_WIDTH + LABEL_GAP)));
}

/**
 * Every k-th index counted back from the latest point, so the latest period (the one a reader
 * looks for first) is always labelled, and no more than `max` labels in all.
 */
export function thinnedIndices(count: number, max: number): number[] {
  if (count === 0) return [];
  const every = Math.max(1, Math.ceil(count / Math.max(1, max)));
  const indices: number[] = [];
  for (let i = count - 1; i >= 0; i -= every) indices.push(i);
  return indices.reverse();
}

export function spcGeometry(result: SpcChartResult, periods: readonly string[], options: SpcGeometryOptions): SpcGeometry {
  const { width, height } = options;
  const target = options.target === undefined ? result.target : options.target;
  const [low, high] = valueExtent(result, target);
  // A twentieth of the span either side, so nothing sits on the edge before ticks round it out.
  const pad = (high - low) / 20;
  const tickCount = Math.max(3, Math.min(8, Math.round(height / 50)));
  const yTicksRaw = niceTicks(low - pad, high + pad, tickCount);
  const yMin = yTicksRaw[0]!.value;
  const yMax = yTicksRaw[yTicksRaw.length - 1]!.value;

  const widestTick = Math.max(...yTicksRaw.map((t) => t.label.length));
  const margins: PlotArea = { top: 16, right: 16, bottom: 40, left: widestTick * CHAR_WIDTH + TICK_FONT_ROOM + 26 };
  const plot: PlotArea = { top: margins.top, right: width - margins.right, bottom: height - margins.bottom, left: margins.left };
  const y = (v: number) => round2(plot.top + ((yMax - v) / (yMax - yMin)) * (plot.bottom - plot.top));

  const n = result.points.length;
  const inner = Math.max(0, plot.right - plot.left - 2 * X_INSET);
  const x = (i: number) => round2(n <= 1 ? plot.left + X_INSET + inner / 2 : plot.left + X_INSET + (i / (n - 1)) * inner);

  const label = (i: number) => periods[i] ?? String(i + 1);
  const labels = result.points.map((p) => label(p.index));
  // Measured against the span the points use, so labels k points apart are at least a label wide apart.
  const maxLabels = options.maxXLabels ?? maxLabelsFor(inner, labels);
  const xLabels = thinnedIndices(n, maxLabels).map((i) => {
    const half = (label(i).length * CHAR_WIDTH) / 2;
    // A long label at either end would run off the chart, so it hangs inwards instead.
    const anchor: XLabel['anchor'] = x(i) + half > width ? 'end' : x(i) - half < 0 ? 'start' : 'middle';
    return { index: i, x: x(i), label: label(i), anchor };
  });

  const points = result.points.map((p) => ({ index: p.index, x: x(p.index), y: y(p.value), value: p.value, type: p.type, rule: p.rule, period: label(p.index) }));
  const valuePath = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');

  const segments = (name: LineName): Segment[] =>
    result.partitions.flatMap((p: SpcPartition, k) => {
      const value = p[name];
      if (value === null) return [];
      // A lone point's line would have no length; give it a stub either side so it shows.
      const stub = p.end - p.start === 1 ? Math.min(X_INSET, inner / Math.max(1, n - 1) / 3) : 0;
      return [{ partition: k, start: p.start, end: p.end, x1: round2(x(p.start) - stub), x2: round2(x(p.end - 1) + stub), y: y(value), value }];
    });

  return {
    width,
    height,
    plot,
    yMin,
    yMax,
    yTicks: yTicksRaw.map((t) => ({ ...t, y: y(t.value) })),
    xLabels,
    points,
    valuePath,
    lines: { mean: segments('mean'), lpl: segments('lpl'), upl: segments('upl'), lowerTwoSigma: segments('lowerTwoSigma'), upperTwoSigma: segments('upperTwoSigma') },
    target: target === null ? null : { value: target, y: y(target) },
  };
}
