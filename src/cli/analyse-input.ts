// `cultivate analyse`: turning the command's options and the CSV file's text into checked
// columns of numbers, or one plain sentence saying what is wrong with them.
import { CsvError, parse } from 'csv-parse/sync';
import { groupsFromLabels, type Groups } from '../core/analytics/groups.js';
import { parseAnswer, readNumericColumn, type TextRow } from '../core/analytics/numeric-cells.js';

/** The options as commander hands them over. */
export interface AnalyseOptions {
  scale?: string[];
  group?: string;
  wave?: string;
  threshold: string;
  positive?: string;
  json?: boolean;
}

export interface ScaleSpec {
  name: string;
  columns: string[];
}

export interface AnalyseRequest {
  scales: ScaleSpec[];
  group: string | null;
  wave: string | null;
  threshold: number;
  positiveAt: number | null;
}

/** A problem with the user's file or options: shown as one line, exit code 2. */
export class AnalyseInputError extends Error {}

/** Below this the product never reports a group (DESIGN.md, "NHS Staff Survey conventions"). */
export const LOWEST_PRODUCT_THRESHOLD = 5;

export function parseRequest(options: AnalyseOptions): AnalyseRequest {
  const scales = (options.scale ?? []).map(parseScale);
  const seen = new Set<string>();
  for (const { name } of scales) {
    if (seen.has(name)) throw new AnalyseInputError(`--scale ${name} is given twice. Give each scale its own name.`);
    seen.add(name);
  }
  const threshold = options.threshold.trim();
  if (!/^\d+$/.test(threshold) || Number(threshold) < LOWEST_PRODUCT_THRESHOLD) {
    throw new AnalyseInputError(`--threshold must be a whole number of at least ${LOWEST_PRODUCT_THRESHOLD} (smaller groups are never shown), not "${options.threshold}".`);
  }
  let positiveAt: number | null = null;
  if (options.positive !== undefined) {
    positiveAt = parseAnswer(options.positive);
    if (positiveAt === null || Number.isNaN(positiveAt)) throw new AnalyseInputError(`--positive must be a number, not "${options.positive}".`);
  }
  return { scales, group: blankToNull(options.group), wave: blankToNull(options.wave), threshold: Number(threshold), positiveAt };
}

const blankToNull = (value: string | undefined): string | null => (value?.trim() ? value.trim() : null);

function parseScale(spec: string): ScaleSpec {
  const at = spec.indexOf('=');
  const name = spec.slice(0, Math.max(at, 0)).trim();
  const columns = spec
    .slice(at + 1)
    .split(',')
    .map((c) => c.trim());
  if (at < 0 || !name || columns.some((c) => !c)) {
    throw new AnalyseInputError(`--scale "${spec}" is not NAME=column,column,…; for example --scale Engagement=q1,q2,q3.`);
  }
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated !== undefined) throw new AnalyseInputError(`--scale ${name} names the column "${repeated}" twice.`);
  return { name, columns };
}

export interface TextTable {
  headers: string[];
  rows: TextRow[];
}

/** The CSV's header row and its non-blank data rows, numbered as a spreadsheet shows them. */
export function readCsvTable(text: string, fileLabel: string): TextTable {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) throw new AnalyseInputError(`Cannot read ${fileLabel} as CSV: ${error.message}`);
    throw error;
  }
  const isBlank = (cells: readonly string[]) => cells.every((c) => !c.trim());
  const headerAt = records.findIndex((cells) => !isBlank(cells));
  if (headerAt < 0) throw new AnalyseInputError(`${fileLabel} is empty. It needs a header row, then one row per respondent.`);
  const rows = records
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerAt + 1)
    .filter((r) => !isBlank(r.cells));
  if (!rows.length) throw new AnalyseInputError(`${fileLabel} has a header row but no rows of answers.`);
  return { headers: (records[headerAt] as string[]).map((h) => h.trim()), rows };
}

/** The checked numbers the statistics run on. Items come in the order the scales name them. */
export interface AnalyseData {
  items: Map<string, Float64Array>;
  groups: Groups | null;
  waves: Groups | null;
}

const twice = (column: string, fileLabel: string) => new AnalyseInputError(`The column "${column}" appears more than once in ${fileLabel}. Rename one of them.`);

export function prepareData(table: TextTable, request: AnalyseRequest, fileLabel: string): AnalyseData {
  const positionOf = (column: string, namedIn: string): number => {
    const at = table.headers.indexOf(column);
    if (at < 0) {
      const known = table.headers.filter(Boolean);
      const list = known.length > 20 ? `${known.slice(0, 20).join(', ')}, …` : known.join(', ');
      throw new AnalyseInputError(`There is no column "${column}" in ${fileLabel} (named in ${namedIn}). Its columns are: ${list}.`);
    }
    if (table.headers.indexOf(column, at + 1) >= 0) throw twice(column, fileLabel);
    return at;
  };
  const labelsAt = (at: number) => table.rows.map((r) => r.cells[at]);
  const groups = request.group === null ? null : groupsFromLabels(labelsAt(positionOf(request.group, '--group')));
  const waves = request.wave === null ? null : groupsFromLabels(labelsAt(positionOf(request.wave, '--wave')));
  if (waves && waves.labels.length !== 2) {
    const found = waves.labels.length ? `${waves.labels.length}: ${waves.labels.join(', ')}` : 'none (every cell is blank)';
    throw new AnalyseInputError(`--wave ${request.wave} needs exactly two waves in that column, but it has ${found}.`);
  }
  const wanted = new Map<string, number>();
  for (const scale of request.scales) {
    for (const column of scale.columns) if (!wanted.has(column)) wanted.set(column, positionOf(column, `--scale ${scale.name}`));
  }
  const items = request.scales.length
    ? readNamedItems(table, wanted, fileLabel)
    : readNumericItems(table, new Set([request.group, request.wave]), fileLabel);
  return { items, groups, waves };
}

/** The scales' columns, or the first cell (by row, then by column) that is not a number. */
function readNamedItems(table: TextTable, wanted: Map<string, number>, fileLabel: string): Map<string, Float64Array> {
  const items = new Map<string, Float64Array>();
  let firstBad: { row: number; at: number; column: string; text: string } | null = null;
  for (const [column, at] of wanted) {
    const read = readNumericColumn(table.rows, at);
    if ('values' in read) items.set(column, read.values);
    else if (!firstBad || read.bad.row < firstBad.row || (read.bad.row === firstBad.row && at < firstBad.at)) firstBad = { ...read.bad, at, column };
  }
  if (firstBad) {
    throw new AnalyseInputError(
      `Row ${firstBad.row}, column "${firstBad.column}" in ${fileLabel}: "${firstBad.text}" is not a number. Leave the cell blank if the question was not answered.`,
    );
  }
  return items;
}

/** Without --scale: every column whose cells are all numbers or blank, with at least one answer. */
function readNumericItems(table: TextTable, skip: Set<string | null>, fileLabel: string): Map<string, Float64Array> {
  const items = new Map<string, Float64Array>();
  table.headers.forEach((column, at) => {
    if (!column || skip.has(column)) return;
    const read = readNumericColumn(table.rows, at);
    if (!('values' in read) || !read.answered) return;
    if (items.has(column)) throw twice(column, fileLabel);
    items.set(column, read.values);
  });
  if (!items.size) throw new AnalyseInputError(`${fileLabel} has no numeric columns to analyse (besides any --group and --wave columns).`);
  return items;
}
