// Charts for the board report, built as standalone SVG 1.1 strings on the server, so a report
// carries its charts without a browser: the DOCX renderer embeds them (with a PNG fallback) and
// the PDF renderer draws them as vectors. Every chart names its own font family (Arial with
// fallbacks, nothing fetched), fills every shape explicitly rather than by CSS, and carries a
// <title> and <desc>. Layout is worked out as plain numbers first (the *Geometry functions), so
// tests can check a bar's width or a line's height by hand; the *Svg functions only draw it.
//
// SPC follows NHS England's Making Data Count: grey common cause, blue improvement, orange
// concern, purple neither, each point with its own shape as well as colour, dashed process limits,
// a solid mean and a dashed target. The geometry is the dashboard's own (spc-geometry.ts).
import type { PointType } from '../spc/index.js';
import { formatNumberEnGb } from './document.js';
import { LINE_COLOURS, LINE_DASH, SPC_COLOURS, niceTicks, pointColour, spcGeometry, type PlotArea, type SpcChartResult, type Segment } from './spc-geometry.js';

export const CHART_FONT = 'Arial, Helvetica, sans-serif';
export const CHART_COLOURS = {
  text: '#212B32',
  muted: '#4C6272',
  grid: '#E8EDEE',
  background: '#FFFFFF',
  /** NHS blue: 6.7:1 against white. */
  bar: '#005EB8',
  reference: '#212B32',
} as const;

/** Strengths (right) in blues and areas to develop (left) in oranges; each at least 4.5:1 against white, so white numbers on them read. */
export const DIVERGING_PALETTE = { right: ['#0072C6', '#003087', '#005B70'], left: ['#B85400', '#7A2E0E', '#8A1538'] } as const;

/** A chart ready to embed: the SVG and its size in user units (CSS pixels). */
export interface SvgChart {
  svg: string;
  width: number;
  height: number;
}

/** Rough width of a 12px Arial character, enough to keep labels apart (as spc-geometry uses). */
export const CHAR_WIDTH = 7;
/** Room above the plot for the title, as the dashboard chart has, so a chart on its own says what it is. */
export const TITLE_HEIGHT = 28;

const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML element or a double-quoted attribute. Characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const WHITE = '#ffffff';
const round2 = (v: number) => Math.round(v * 100) / 100;
/** A number for an SVG attribute: at most 2 decimals, no "-0". */
const n = (v: number) => String(round2(v) + 0);

/** en-GB number formatting: 1,234.5; `decimals` fixes the places shown. */
export function formatValue(value: number, decimals?: number): string {
  return formatNumberEnGb(value, decimals);
}

/** An id safe for XML (letters, digits, hyphens), so <title> and <desc> can be referenced. */
function safeId(id: string | undefined): string {
  const cleaned = (id ?? 'chart').replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

function svgDocument(width: number, height: number, id: string, title: string, desc: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="${CHART_FONT}" font-size="12">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="${CHART_COLOURS.background}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

type Anchor = 'start' | 'middle' | 'end';
interface TextOptions {
  anchor?: Anchor;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  transform?: string;
}
function text(x: number, y: number, content: string, o: TextOptions = {}): string {
  const attrs = [`x="${n(x)}"`, `y="${n(y)}"`];
  if (o.anchor && o.anchor !== 'start') attrs.push(`text-anchor="${o.anchor}"`);
  attrs.push(`fill="${o.fill ?? CHART_COLOURS.text}"`);
  if (o.bold) attrs.push('font-weight="bold"');
  if (o.italic) attrs.push('font-style="italic"');
  if (o.size) attrs.push(`font-size="${o.size}"`);
  if (o.transform) attrs.push(`transform="${o.transform}"`);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

/** A white-outlined copy of some text, drawn under it so it reads where it crosses a line (SVG 1.1 has no paint-order). */
function halo(x: number, y: number, content: string, o: TextOptions = {}): string {
  return text(x, y, content, { ...o, fill: WHITE }).replace('<text ', `<text stroke="${WHITE}" stroke-width="3" stroke-linejoin="round" `);
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, dash?: string): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(width)}"${dash ? ` stroke-dasharray="${dash}"` : ''} fill="none"/>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}" fill="${fill}"${extra}/>`;
}

/** Cuts a title that would run off the chart, as the dashboard chart does (about 8 units a character of bold 14px). */
function fitTitle(title: string, width: number): string {
  const room = Math.max(4, Math.floor((width - 8) / 8));
  return title.length > room ? `${title.slice(0, room - 1)}…` : title;
}

/** Splits a label into at most `maxLines` lines of about `chars` characters, at spaces where it can. */
export function wrapLabel(label: string, chars: number, maxLines = 2): string[] {
  const limit = Math.max(3, chars);
  const words = label.trim().split(/\s+/);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= limit) current = next;
    else {
      if (current) lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const broken = lines.flatMap((l) => (l.length <= limit ? [l] : l.match(new RegExp(`.{1,${limit}}`, 'g')) ?? [l]));
  if (broken.length <= maxLines) return broken;
  const kept = broken.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, limit - 1))}…`;
  return kept;
}

/** The text lines of a label, centred on y, 13 units apart. */
function labelLines(x: number, centreY: number, lines: readonly string[], anchor: Anchor): string[] {
  const top = centreY + 4 - ((lines.length - 1) * 13) / 2;
  return lines.map((l, i) => text(x, top + i * 13, l, { anchor }));
}

// ---------------------------------------------------------------------------------------------
// SPC (XmR) chart

export interface SpcChartSvgOptions {
  title: string;
  /** The chart's <desc>: a sentence on what it shows (the dashboard's summariseChart gives one). */
  description: string;
  /** Shown up the y axis, e.g. "Minutes" or "% of staff". */
  unitLabel: string;
  /** One label per point, in order. */
  periods: readonly string[];
  /** Defaults to 640 by 320 (the plot and axes; the title and key add to the height). */
  width?: number;
  height?: number;
  /** undefined: the result's own target; null: none drawn. */
  target?: number | null;
  showTwoSigma?: boolean;
  /** Draw the title in the chart. Defaults to true; a report that captions the chart can leave it out. */
  showTitle?: boolean;
  /** A key to the point shapes and lines. Defaults to true. */
  showKey?: boolean;
  id?: string;
}

/** A point's marker, shaped as well as coloured by what it shows (mirrors the dashboard's SpcMarker). */
export function spcMarkerSvg(type: PointType, x: number, y: number): string {
  const fill = SPC_COLOURS[pointColour(type)];
  const edge = `stroke="${WHITE}" stroke-width="1"`;
  switch (type) {
    case 'common_cause':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="4" fill="${fill}" ${edge}/>`;
    case 'special_cause_improvement':
      return `<g><circle cx="${n(x)}" cy="${n(y)}" r="6.5" fill="${fill}" ${edge}/><circle cx="${n(x)}" cy="${n(y)}" r="2.25" fill="${WHITE}"/></g>`;
    case 'special_cause_concern':
      return `<polygon points="${n(x)},${n(y - 7.5)} ${n(x + 7.5)},${n(y)} ${n(x)},${n(y + 7.5)} ${n(x - 7.5)},${n(y)}" fill="${fill}" ${edge}/>`;
    case 'special_cause_neutral_high':
      return `<polygon points="${n(x)},${n(y - 7.5)} ${n(x + 7)},${n(y + 5)} ${n(x - 7)},${n(y + 5)}" fill="${fill}" ${edge}/>`;
    case 'special_cause_neutral_low':
      return `<polygon points="${n(x)},${n(y + 7.5)} ${n(x + 7)},${n(y - 5)} ${n(x - 7)},${n(y - 5)}" fill="${fill}" ${edge}/>`;
  }
}

const POINT_KEY: Record<PointType, string> = {
  common_cause: 'Common cause',
  special_cause_improvement: 'Improvement',
  special_cause_concern: 'Concern',
  special_cause_neutral_high: 'Neither (high)',
  special_cause_neutral_low: 'Neither (low)',
};

interface KeyItem {
  label: string;
  draw: (x: number, y: number) => string;
}

/** Where each key entry goes when entries run across the width in rows; also the height used. */
export function keyLayout(labels: readonly string[], width: number): { positions: { x: number; row: number }[]; height: number } {
  const positions: { x: number; row: number }[] = [];
  let x = 8;
  let row = 0;
  for (const label of labels) {
    const w = 24 + label.length * CHAR_WIDTH + 16;
    if (x > 8 && x + w > width - 8) {
      row++;
      x = 8;
    }
    positions.push({ x, row });
    x += w;
  }
  return { positions, height: labels.length === 0 ? 0 : (row + 1) * 20 + 6 };
}

/** Draws key items in rows across the width, from `top`; returns the SVG and the height used. */
function keyRows(items: readonly KeyItem[], width: number, top: number): { svg: string[]; height: number } {
  const layout = keyLayout(
    items.map((i) => i.label),
    width,
  );
  const svg = items.flatMap((item, i) => {
    const { x, row } = layout.positions[i]!;
    const cy = top + 10 + row * 20;
    return [item.draw(x + 10, cy), text(x + 24, cy + 4, item.label, { fill: CHART_COLOURS.text })];
  });
  return { svg, height: layout.height };
}

function drawSegments(segments: readonly Segment[], colour: string, width: number, dash?: string): string[] {
  return segments.map((s) => line(s.x1, s.y, s.x2, s.y, colour, width, dash));
}

/** An SPC XmR chart: values, mean, process limits (and optionally two-sigma lines) and target. */
export function spcChartSvg(result: SpcChartResult, options: SpcChartSvgOptions): SvgChart {
  const width = options.width ?? 640;
  const plotHeight = options.height ?? 320;
  const header = options.showTitle === false ? 0 : TITLE_HEIGHT;
  const g = spcGeometry(result, options.periods, { width, height: plotHeight, target: options.target });
  const id = safeId(options.id);
  const middle = (g.plot.top + g.plot.bottom) / 2;
  const body: string[] = [];
  if (header) body.push(text(4, 18, fitTitle(options.title, width), { bold: true, size: 14 }));
  body.push(`<g transform="translate(0 ${header})">`);
  for (const t of g.yTicks) {
    body.push(line(g.plot.left, t.y, g.plot.right, t.y, CHART_COLOURS.grid), text(g.plot.left - 6, t.y + 4, t.label, { anchor: 'end', fill: CHART_COLOURS.muted }));
  }
  body.push(text(12, middle, options.unitLabel, { anchor: 'middle', transform: `rotate(-90 12 ${n(middle)})` }));
  body.push(line(g.plot.left, g.plot.bottom, g.plot.right, g.plot.bottom, CHART_COLOURS.muted));
  for (const l of g.xLabels) {
    body.push(line(l.x, g.plot.bottom, l.x, g.plot.bottom + 4, CHART_COLOURS.muted), text(l.x, g.plot.bottom + 18, l.label, { anchor: l.anchor, fill: CHART_COLOURS.muted }));
  }
  if (options.showTwoSigma) body.push(...drawSegments([...g.lines.lowerTwoSigma, ...g.lines.upperTwoSigma], LINE_COLOURS.twoSigma, 1, LINE_DASH.twoSigma));
  body.push(...drawSegments([...g.lines.lpl, ...g.lines.upl], LINE_COLOURS.limit, 1.5, LINE_DASH.limit));
  body.push(...drawSegments(g.lines.mean, LINE_COLOURS.mean, 1.5));
  if (g.target) {
    body.push(line(g.plot.left, g.target.y, g.plot.right, g.target.y, LINE_COLOURS.target, 2, LINE_DASH.target));
    const o: TextOptions = { anchor: 'end', fill: LINE_COLOURS.target, bold: true };
    body.push(halo(g.plot.right - 2, g.target.y - 5, 'Target', o), text(g.plot.right - 2, g.target.y - 5, 'Target', o));
  }
  if (g.valuePath) body.push(`<path d="${g.valuePath}" fill="none" stroke="${LINE_COLOURS.values}" stroke-width="2" stroke-linejoin="round"/>`);
  for (const p of g.points) body.push(spcMarkerSvg(p.type, p.x, p.y));
  if (g.points.length === 0) body.push(text((g.plot.left + g.plot.right) / 2, middle, 'No data to chart', { anchor: 'middle', fill: CHART_COLOURS.muted }));
  body.push('</g>');

  let keyHeight = 0;
  if (options.showKey !== false && g.points.length > 0) {
    const types = (Object.keys(POINT_KEY) as PointType[]).filter((t) => g.points.some((p) => p.type === t));
    const items: KeyItem[] = types.map((t) => ({ label: POINT_KEY[t], draw: (x, y) => spcMarkerSvg(t, x, y) }));
    if (g.lines.mean.length) items.push({ label: 'Mean', draw: (x, y) => line(x - 9, y, x + 9, y, LINE_COLOURS.mean, 1.5) });
    if (g.lines.upl.length || g.lines.lpl.length) items.push({ label: 'Process limits', draw: (x, y) => line(x - 9, y, x + 9, y, LINE_COLOURS.limit, 1.5, LINE_DASH.limit) });
    if (options.showTwoSigma && (g.lines.upperTwoSigma.length || g.lines.lowerTwoSigma.length)) items.push({ label: 'Two-sigma', draw: (x, y) => line(x - 9, y, x + 9, y, LINE_COLOURS.twoSigma, 1, LINE_DASH.twoSigma) });
    if (g.target) items.push({ label: 'Target', draw: (x, y) => line(x - 9, y, x + 9, y, LINE_COLOURS.target, 2, LINE_DASH.target) });
    const key = keyRows(items, width, header + plotHeight);
    body.push(...key.svg);
    keyHeight = key.height;
  }
  const height = header + plotHeight + keyHeight;
  return { svg: svgDocument(width, height, id, options.title, options.description, body), width, height };
}

// ---------------------------------------------------------------------------------------------
// Horizontal bar chart

export interface BarDatum {
  label: string;
  /** null: not shown (too few responses, or no data); drawn as a labelled gap, never a zero bar. */
  value: number | null;
  /** Words in the gap when the value is hidden; defaults to the chart's hiddenLabel. */
  note?: string;
}

export interface BarChartOptions {
  title: string;
  /** The <desc>; defaults to the data in words. */
  description?: string;
  bars: readonly BarDatum[];
  /** Defaults to 640. The height follows from the number of bars. */
  width?: number;
  /** The axis; default from 0 (or the lowest value) to a round number at or above the highest. */
  min?: number;
  max?: number;
  /** A line across every bar at one value, such as the organisation's own score. */
  reference?: { value: number; label: string };
  /** Fixed decimals for the values written at the bar ends. */
  decimals?: number;
  /** Under the axis, e.g. "Score (0–10)". */
  axisLabel?: string;
  /** Words for a hidden value. Defaults to "Not shown". */
  hiddenLabel?: string;
  /** Width of the label column; defaults to fit the labels, at most a third of the chart. */
  labelWidth?: number;
  showTitle?: boolean;
  id?: string;
}

export interface PlacedBar {
  index: number;
  label: string;
  /** The label as drawn, wrapped to at most two lines. */
  lines: string[];
  value: number | null;
  /** Top edge of the bar's row band and its centre line. */
  y: number;
  centreY: number;
  /** The bar itself; width 0 and hidden true when the value is not shown. */
  x: number;
  width: number;
  height: number;
  hidden: boolean;
  /** What is written at the bar end (the value) or in the gap (the hidden label). */
  valueText: string;
  textX: number;
  textAnchor: Anchor;
}

export interface AxisTick {
  value: number;
  label: string;
  x: number;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  header: number;
  labelWidth: number;
  plot: PlotArea;
  domain: [number, number];
  /** Where the bars start: 0, or the axis end nearest it. */
  baselineX: number;
  ticks: AxisTick[];
  bars: PlacedBar[];
  reference: { value: number; x: number; label: string; anchor: Anchor } | null;
}

export const BAR_HEIGHT = 18;
export const BAR_PITCH = 30;
const EDGE = 8;
const LABEL_GAP = 8;

function axisTicks(min: number, max: number, count: number): { value: number; label: string }[] {
  return niceTicks(min, max, count).filter((t) => t.value >= min - 1e-9 && t.value <= max + 1e-9);
}

export function barChartGeometry(options: BarChartOptions): BarChartGeometry {
  const width = options.width ?? 640;
  const header = options.showTitle === false ? 0 : TITLE_HEIGHT;
  const hiddenLabel = options.hiddenLabel ?? 'Not shown';
  const values = options.bars.flatMap((b) => (b.value === null ? [] : [b.value]));
  const ref = options.reference?.value;
  const extent = [...values, ...(ref === undefined ? [] : [ref])];
  const lowest = Math.min(0, ...extent);
  const highest = Math.max(0, ...extent);
  const valueText = (v: number) => formatValue(v, options.decimals);

  const longest = Math.max(1, ...options.bars.map((b) => b.label.length));
  const labelWidth = options.labelWidth ?? Math.min(Math.ceil(longest * CHAR_WIDTH), Math.floor(width / 3));
  const chars = Math.max(3, Math.floor(labelWidth / CHAR_WIDTH));
  // Room after the longest bar for its value to be written.
  const widestValue = Math.max(0, ...values.map((v) => valueText(v).length));
  const valueRoom = Math.max(40, widestValue * CHAR_WIDTH + 12);
  const plotLeft = EDGE + labelWidth + LABEL_GAP;
  const plotRight = width - valueRoom;
  // About one tick every 80 units; the axis ends on a tick unless min or max is given.
  const tickCount = Math.max(2, Math.min(10, Math.round((plotRight - plotLeft) / 80)));
  const min = options.min ?? (lowest < 0 ? niceTicks(lowest, highest, tickCount)[0]!.value : 0);
  const max = options.max ?? (highest > min ? niceTicks(min, highest, tickCount).at(-1)!.value : min + 1);
  if (!(max > min)) throw new RangeError(`The bar chart axis must run upwards: min ${min}, max ${max}`);
  const top = header + (options.reference ? 24 : 8);
  const plot: PlotArea = { top, left: plotLeft, right: plotRight, bottom: top + options.bars.length * BAR_PITCH };
  const span = plot.right - plot.left;
  const x = (v: number) => round2(plot.left + ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * span);
  const baselineX = x(Math.min(max, Math.max(min, 0)));

  const bars = options.bars.map((b, i): PlacedBar => {
    const y = plot.top + i * BAR_PITCH;
    const centreY = y + BAR_PITCH / 2;
    const lines = wrapLabel(b.label, chars);
    if (b.value === null) {
      return { index: i, label: b.label, lines, value: null, y, centreY, x: baselineX, width: 0, height: BAR_HEIGHT, hidden: true, valueText: b.note ?? hiddenLabel, textX: baselineX + 4, textAnchor: 'start' };
    }
    const end = x(b.value);
    const negative = end < baselineX;
    return {
      index: i,
      label: b.label,
      lines,
      value: b.value,
      y,
      centreY,
      x: Math.min(end, baselineX),
      width: round2(Math.abs(end - baselineX)),
      height: BAR_HEIGHT,
      hidden: false,
      valueText: valueText(b.value),
      textX: negative ? end - 4 : end + 4,
      textAnchor: negative ? 'end' : 'start',
    };
  });

  const ticks = axisTicks(min, max, tickCount).map((t) => ({ ...t, x: x(t.value) }));
  let reference: BarChartGeometry['reference'] = null;
  if (options.reference) {
    const rx = x(options.reference.value);
    const label = `${options.reference.label} ${valueText(options.reference.value)}`;
    const half = (label.length * CHAR_WIDTH) / 2;
    const anchor: Anchor = rx + half > width - EDGE ? 'end' : rx - half < plot.left ? 'start' : 'middle';
    reference = { value: options.reference.value, x: rx, label, anchor };
  }
  const height = plot.bottom + 26 + (options.axisLabel ? 18 : 0);
  return { width, height, header, labelWidth, plot, domain: [min, max], baselineX, ticks, bars, reference };
}

function describeBars(options: BarChartOptions): string {
  const hidden = options.hiddenLabel ?? 'not shown';
  const parts = options.bars.map((b) => `${b.label}: ${b.value === null ? (b.note ?? hidden).toLowerCase() : formatValue(b.value, options.decimals)}`);
  const ref = options.reference ? ` A line marks ${options.reference.label} at ${formatValue(options.reference.value, options.decimals)}.` : '';
  return `Bar chart of ${options.bars.length} ${options.bars.length === 1 ? 'value' : 'values'}. ${parts.join('; ')}.${ref}`;
}

/** Horizontal bars with the value at each bar's end, an optional reference line, and gaps for hidden values. */
export function barChartSvg(options: BarChartOptions): SvgChart {
  const g = barChartGeometry(options);
  const id = safeId(options.id);
  const body: string[] = [];
  if (g.header) body.push(text(4, 18, fitTitle(options.title, g.width), { bold: true, size: 14 }));
  for (const t of g.ticks) {
    body.push(line(t.x, g.plot.top, t.x, g.plot.bottom, CHART_COLOURS.grid), text(t.x, g.plot.bottom + 16, t.label, { anchor: 'middle', fill: CHART_COLOURS.muted }));
  }
  body.push(line(g.plot.left, g.plot.bottom, g.plot.right, g.plot.bottom, CHART_COLOURS.muted));
  body.push(line(g.baselineX, g.plot.top, g.baselineX, g.plot.bottom, CHART_COLOURS.muted));
  for (const b of g.bars) {
    body.push(...labelLines(g.plot.left - LABEL_GAP, b.centreY, b.lines, 'end'));
    const barY = b.centreY - b.height / 2;
    if (b.hidden) {
      // A dashed outline marks the gap as deliberate, and the words say why there is no bar.
      body.push(rect(b.x + 0.5, barY + 0.5, 14, b.height - 1, 'none', ` stroke="${CHART_COLOURS.muted}" stroke-width="1" stroke-dasharray="2 2"`));
    } else {
      body.push(rect(b.x, barY, b.width, b.height, CHART_COLOURS.bar));
    }
  }
  if (g.reference) {
    body.push(line(g.reference.x, g.plot.top - 4, g.reference.x, g.plot.bottom, CHART_COLOURS.reference, 2, '6 3'));
    body.push(text(g.reference.x, g.plot.top - 9, g.reference.label, { anchor: g.reference.anchor, bold: true }));
  }
  // The words go on top of the reference line, each on a white halo so the line cannot cut through it.
  for (const b of g.bars) {
    const o: TextOptions = b.hidden ? { italic: true, fill: CHART_COLOURS.muted } : { anchor: b.textAnchor, bold: true };
    const x = b.hidden ? b.textX + 16 : b.textX;
    body.push(halo(x, b.centreY + 4, b.valueText, o), text(x, b.centreY + 4, b.valueText, o));
  }
  if (options.axisLabel) body.push(text((g.plot.left + g.plot.right) / 2, g.plot.bottom + 36, options.axisLabel, { anchor: 'middle' }));
  return { svg: svgDocument(g.width, g.height, id, options.title, options.description ?? describeBars(options), body), width: g.width, height: g.height };
}

// ---------------------------------------------------------------------------------------------
// Diverging stacked bar: areas to develop to the left of the centre line, strengths to the right

export interface DivergingSeries {
  name: string;
  side: 'left' | 'right';
  /** Defaults to the next colour of DIVERGING_PALETTE for its side. */
  fill?: string;
}

export interface DivergingRow {
  /** E.g. a cultural element. */
  label: string;
  /** One count per series, each zero or more. */
  values: readonly number[];
}

export interface DivergingBarOptions {
  title: string;
  description?: string;
  rows: readonly DivergingRow[];
  /** Defaults to one series a side: "Areas to develop" (left) and "Strengths" (right). */
  series?: readonly DivergingSeries[];
  /** Headings over each half; default to the series name when a side has one series. */
  leftHeading?: string;
  rightHeading?: string;
  width?: number;
  labelWidth?: number;
  showTitle?: boolean;
  id?: string;
}

export const DEFAULT_DIVERGING_SERIES: readonly DivergingSeries[] = [
  { name: 'Areas to develop', side: 'left' },
  { name: 'Strengths', side: 'right' },
];

export interface PlacedSegment {
  series: number;
  side: 'left' | 'right';
  value: number;
  x: number;
  width: number;
  fill: string;
  /** Whether the value fits inside the segment to be written there. */
  labelled: boolean;
}

export interface DivergingRowGeometry {
  index: number;
  label: string;
  lines: string[];
  y: number;
  centreY: number;
  leftTotal: number;
  rightTotal: number;
  segments: PlacedSegment[];
  leftEndX: number;
  rightEndX: number;
}

export interface DivergingGeometry {
  width: number;
  height: number;
  header: number;
  keyHeight: number;
  labelWidth: number;
  plot: PlotArea;
  centreX: number;
  /** The largest total either side that the axis reaches. */
  extent: number;
  /** User units per count. */
  scale: number;
  ticks: AxisTick[];
  series: Required<DivergingSeries>[];
  rows: DivergingRowGeometry[];
  leftHeading: string;
  rightHeading: string;
}

export function divergingGeometry(options: DivergingBarOptions): DivergingGeometry {
  const width = options.width ?? 640;
  const header = options.showTitle === false ? 0 : TITLE_HEIGHT;
  const given = options.series ?? DEFAULT_DIVERGING_SERIES;
  const used = { left: 0, right: 0 };
  const series = given.map((s) => {
    const palette = DIVERGING_PALETTE[s.side];
    const fill = s.fill ?? palette[used[s.side]++ % palette.length]!;
    return { name: s.name, side: s.side, fill };
  });
  options.rows.forEach((row, r) => {
    if (row.values.length !== series.length) throw new RangeError(`Row ${r + 1} ("${row.label}") has ${row.values.length} values for ${series.length} series`);
    if (row.values.some((v) => !(Number.isFinite(v) && v >= 0))) throw new RangeError(`Row ${r + 1} ("${row.label}") has a value that is not a count of zero or more`);
  });
  const sideNames = (side: 'left' | 'right') => series.filter((s) => s.side === side).map((s) => s.name);
  const leftHeading = options.leftHeading ?? (sideNames('left').length === 1 ? sideNames('left')[0]! : 'Areas to develop');
  const rightHeading = options.rightHeading ?? (sideNames('right').length === 1 ? sideNames('right')[0]! : 'Strengths');
  // A key is needed only when a side is split into more than one series; its entries then carry the colours.
  const split = sideNames('left').length > 1 || sideNames('right').length > 1;
  const keyHeight = split
    ? keyLayout(
        series.map((s) => s.name),
        width,
      ).height
    : 0;

  const totals = options.rows.map((row) => {
    let left = 0;
    let right = 0;
    row.values.forEach((v, i) => (series[i]!.side === 'left' ? (left += v) : (right += v)));
    return { left, right };
  });
  const biggest = Math.max(0, ...totals.flatMap((t) => [t.left, t.right]));
  const widestTotal = Math.max(1, ...totals.flatMap((t) => [formatValue(t.left).length, formatValue(t.right).length]));
  const endRoom = widestTotal * CHAR_WIDTH + 10;
  const longest = Math.max(1, ...options.rows.map((r) => r.label.length));
  const labelWidth = options.labelWidth ?? Math.min(Math.ceil(longest * CHAR_WIDTH), Math.floor(width / 4));
  const chars = Math.max(3, Math.floor(labelWidth / CHAR_WIDTH));
  const top = header + keyHeight + 24;
  const plot: PlotArea = { top, left: EDGE + labelWidth + LABEL_GAP + endRoom, right: width - EDGE - endRoom, bottom: top + options.rows.length * BAR_PITCH };
  const centreX = round2((plot.left + plot.right) / 2);
  // About one tick every 70 units each side; each half ends on a tick.
  const tickCount = Math.max(2, Math.min(6, Math.round((plot.right - plot.left) / 2 / 70)));
  const positive = niceTicks(0, biggest > 0 ? biggest : 1, tickCount).filter((t) => t.value >= 0);
  const extent = positive.at(-1)!.value;
  const scale = (plot.right - plot.left) / 2 / extent;

  const rows = options.rows.map((row, r): DivergingRowGeometry => {
    const y = plot.top + r * BAR_PITCH;
    let left = 0;
    let right = 0;
    const segments: PlacedSegment[] = [];
    row.values.forEach((value, i) => {
      const s = series[i]!;
      const w = round2(value * scale);
      // Inside a segment only when its side is split: with one series the total at the end says it.
      const labelled = split && value > 0 && w >= formatValue(value).length * CHAR_WIDTH + 6;
      if (s.side === 'left') {
        const x = round2(centreX - (left + value) * scale);
        segments.push({ series: i, side: 'left', value, x, width: w, fill: s.fill, labelled });
        left += value;
      } else {
        const x = round2(centreX + right * scale);
        segments.push({ series: i, side: 'right', value, x, width: w, fill: s.fill, labelled });
        right += value;
      }
    });
    return { index: r, label: row.label, lines: wrapLabel(row.label, chars), y, centreY: y + BAR_PITCH / 2, leftTotal: left, rightTotal: right, segments, leftEndX: round2(centreX - left * scale), rightEndX: round2(centreX + right * scale) };
  });

  const ticks: AxisTick[] = [
    ...positive.filter((t) => t.value > 0).reverse().map((t) => ({ value: -t.value, label: t.label, x: round2(centreX - t.value * scale) })),
    ...positive.map((t) => ({ value: t.value, label: t.label, x: round2(centreX + t.value * scale) })),
  ];
  return { width, height: plot.bottom + 28, header, keyHeight, labelWidth, plot, centreX, extent, scale, ticks, series, rows, leftHeading, rightHeading };
}

function describeDiverging(options: DivergingBarOptions, g: DivergingGeometry): string {
  const parts = g.rows.map((r) => `${r.label}: ${formatValue(r.leftTotal)} ${g.leftHeading.toLowerCase()}, ${formatValue(r.rightTotal)} ${g.rightHeading.toLowerCase()}`);
  return `${g.leftHeading} (left) and ${g.rightHeading.toLowerCase()} (right) for ${options.rows.length} ${options.rows.length === 1 ? 'row' : 'rows'}. ${parts.join('; ')}.`;
}

/** Counts either side of a centre line, e.g. areas to develop and strengths for each cultural element. */
export function divergingBarSvg(options: DivergingBarOptions): SvgChart {
  const g = divergingGeometry(options);
  const id = safeId(options.id);
  const body: string[] = [];
  if (g.header) body.push(text(4, 18, fitTitle(options.title, g.width), { bold: true, size: 14 }));
  if (g.keyHeight) {
    const key = keyRows(
      g.series.map((s) => ({ label: s.name, draw: (x: number, y: number) => rect(x - 6, y - 6, 12, 12, s.fill) })),
      g.width,
      g.header,
    );
    body.push(...key.svg);
  }
  body.push(text(g.centreX - 6, g.plot.top - 10, g.leftHeading, { anchor: 'end', bold: true }), text(g.centreX + 6, g.plot.top - 10, g.rightHeading, { anchor: 'start', bold: true }));
  for (const t of g.ticks) {
    body.push(line(t.x, g.plot.top, t.x, g.plot.bottom, CHART_COLOURS.grid), text(t.x, g.plot.bottom + 16, t.label, { anchor: 'middle', fill: CHART_COLOURS.muted }));
  }
  body.push(line(g.plot.left, g.plot.bottom, g.plot.right, g.plot.bottom, CHART_COLOURS.muted));
  for (const r of g.rows) {
    body.push(...labelLines(EDGE + g.labelWidth, r.centreY, r.lines, 'end'));
    const barY = r.centreY - BAR_HEIGHT / 2;
    for (const s of r.segments) {
      if (s.width <= 0) continue;
      // A white edge separates stacked segments, so they differ by more than colour.
      body.push(rect(s.x, barY, s.width, BAR_HEIGHT, s.fill, ` stroke="${WHITE}" stroke-width="1"`));
      if (s.labelled) body.push(text(s.x + s.width / 2, r.centreY + 4, formatValue(s.value), { anchor: 'middle', fill: WHITE, bold: true }));
    }
    body.push(text(r.leftEndX - 4, r.centreY + 4, formatValue(r.leftTotal), { anchor: 'end', bold: true }), text(r.rightEndX + 4, r.centreY + 4, formatValue(r.rightTotal), { anchor: 'start', bold: true }));
  }
  body.push(line(g.centreX, g.plot.top - 4, g.centreX, g.plot.bottom, CHART_COLOURS.text, 1.5));
  return { svg: svgDocument(g.width, g.height, id, options.title, options.description ?? describeDiverging(options, g), body), width: g.width, height: g.height };
}
