// `cultivate spc`: turning the options and the text on standard input into a checked series and
// engine options, or one plain sentence saying what is wrong with them. Points are numbered
// from 1 here, as a spreadsheet row or a chart's x-axis would number them.
import { parseAnswer } from '../core/analytics/numeric-cells.js';
import type { ImprovementDirection, PresetName, SpcOptions } from '../core/spc/index.js';

/** The options as commander hands them over. */
export interface SpcCliOptions {
  preset: string;
  direction: string;
  target?: string;
  rebase?: string;
  baseline?: string;
  json?: boolean;
}

/** A problem with the input or the options: shown as one line, exit code 2. */
export class SpcCliError extends Error {}

const PRESETS: readonly string[] = ['mdc', 'ptd'];
const DIRECTIONS: readonly string[] = ['increase', 'decrease', 'neither'];

/** The engine's options for this series; rebase points arrive 1-based and leave 0-based. */
export function engineOptions(options: SpcCliOptions, length: number): SpcOptions {
  if (!PRESETS.includes(options.preset)) throw new SpcCliError(`--preset must be mdc or ptd, not "${options.preset}".`);
  if (!DIRECTIONS.includes(options.direction)) throw new SpcCliError(`--direction must be increase, decrease or neither, not "${options.direction}".`);
  let target: number | null = null;
  if (options.target !== undefined) {
    const parsed = parseAnswer(options.target);
    if (parsed === null || !Number.isFinite(parsed)) throw new SpcCliError(`--target must be a number, not "${options.target}".`);
    target = parsed;
  }
  let baseline: number | null = null;
  if (options.baseline !== undefined) {
    const text = options.baseline.trim();
    if (!/^\d+$/.test(text) || Number(text) < 2) throw new SpcCliError(`--baseline must be a whole number of points, at least 2, not "${options.baseline}".`);
    baseline = Number(text);
  }
  const rebase = options.rebase === undefined ? [] : rebasePoints(options.rebase, length);
  return { preset: options.preset as PresetName, direction: options.direction as ImprovementDirection, target, baseline, rebase: rebase.map((point) => point - 1) };
}

/** 1-based points that start a new partition: whole numbers, increasing, from 2 to the last point. */
function rebasePoints(text: string, length: number): number[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d+$/.test(p))) throw new SpcCliError(`--rebase must be point numbers separated by commas, such as 13,25, not "${text}".`);
  const points = parts.map(Number);
  points.forEach((point, i) => {
    if (point < 2 || point > length) {
      if (length < 2) throw new SpcCliError(`--rebase ${point} is out of range: a series of one point cannot be recalculated.`);
      throw new SpcCliError(`--rebase ${point} is out of range: with ${length} points a recalculation can start at point 2 to ${length}.`);
    }
    const before = points[i - 1];
    if (before !== undefined && point <= before) throw new SpcCliError(`--rebase points must be strictly increasing, but ${point} comes after ${before}.`);
  });
  return points;
}

/** The values on standard input: a JSON array of numbers, or one value per line with an optional header line. */
export function readValues(text: string): number[] {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new SpcCliError('There are no values on standard input: give a JSON array of numbers or a one-column CSV.');
  const first = body.trimStart()[0];
  return first === '[' || first === '{' ? readJsonValues(body) : readCsvValues(body);
}

function readJsonValues(text: string): number[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SpcCliError(`Standard input is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new SpcCliError('The JSON on standard input must be an array of numbers, such as [20, 24, 20], not an object.');
  if (!parsed.length) throw new SpcCliError('The JSON array on standard input is empty: give at least one value.');
  return parsed.map((value: unknown, i) => {
    if (typeof value !== 'number') throw new SpcCliError(`Value ${i + 1} of the JSON array is not a number: ${JSON.stringify(value).slice(0, 40)}.`);
    // JSON has no NaN or Infinity, but a literal such as 1e999 overflows to Infinity.
    if (!Number.isFinite(value)) throw new SpcCliError(`Value ${i + 1} of the JSON array is too large to be a finite number.`);
    return value;
  });
}

function readCsvValues(text: string): number[] {
  const lines = text.split(/\r\n|\n|\r/);
  let end = lines.length;
  while (end > 0 && !(lines[end - 1] as string).trim()) end--;
  const values: number[] = [];
  let headerAllowed = true;
  for (let i = 0; i < end; i++) {
    const line = (lines[i] as string).trim();
    const cell = /^"(.*)"$/.test(line) ? line.slice(1, -1).trim() : line;
    if (!cell) {
      if (values.length === 0) continue; // blank lines before the data
      throw new SpcCliError(`Line ${i + 1} is blank; give a value on every line (blank lines are allowed only at the end).`);
    }
    if (line.includes(',')) throw new SpcCliError(`Line ${i + 1} has more than one column: "${line.slice(0, 40)}". Give one value per line.`);
    const value = parseAnswer(cell);
    if (value === null || Number.isNaN(value)) {
      if (headerAllowed) {
        headerAllowed = false; // the first non-blank line may be a header such as "value"
        continue;
      }
      throw new SpcCliError(`Line ${i + 1}: "${cell.slice(0, 40)}" is not a number.`);
    }
    if (!Number.isFinite(value)) throw new SpcCliError(`Line ${i + 1}: "${cell.slice(0, 40)}" is too large to be a finite number.`);
    headerAllowed = false;
    values.push(value);
  }
  if (!values.length) throw new SpcCliError('Standard input has a header line but no values.');
  return values;
}
