// External benchmarks: a published table of organisations' results (such as the NHS Staff
// Survey's organisation-level results), one row per organisation and year, with a
// benchmarking group and any number of numeric measures. Reading it checks every cell and
// reports row and column; summaries give a group's spread for each measure and where one
// organisation stands in it.
import { parse } from 'csv-parse/sync';

export interface BenchmarkRow {
  code: string;
  name: string;
  group: string;
  year: number;
  /** One value per measure, in the order of `measures`; null where blank or NA. */
  values: (number | null)[];
}

export interface BenchmarkTable {
  measures: string[];
  rows: BenchmarkRow[];
}

export interface BenchmarkProblem {
  row: number;
  column: string;
  message: string;
}

export type BenchmarkRead = { ok: true; table: BenchmarkTable } | { ok: false; problems: BenchmarkProblem[] };

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const ROLE_HEADERS = {
  code: ['ods code', 'code', 'organisation code', 'org code', 'trust code'],
  name: ['organisation name', 'name', 'trust name', 'organisation'],
  group: ['benchmarking group', 'benchmark group', 'group'],
  year: ['year', 'survey year'],
} as const;
// Columns that describe the organisation rather than measure it.
const DESCRIPTIVE = new Set(['region', 'ics stp', 'ics', 'weighting']);
const MISSING = new Set(['', 'na', 'n/a', '-', '*']);

/** Reads a benchmark CSV; all or nothing, with the spreadsheet row (header = 1) and column of every problem. */
export function readBenchmarkCsv(text: string, maxProblems = 50): BenchmarkRead {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    return { ok: false, problems: [{ row: 0, column: '', message: `This is not a readable CSV file: ${(error as Error).message}` }] };
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return { ok: false, problems: [{ row: 1, column: '', message: 'The file needs a header row and at least one organisation.' }] };
  const folded = header.map(fold);
  const find = (names: readonly string[]) => folded.findIndex((h) => names.includes(h));
  const at = { code: find(ROLE_HEADERS.code), name: find(ROLE_HEADERS.name), group: find(ROLE_HEADERS.group), year: find(ROLE_HEADERS.year) };
  const problems: BenchmarkProblem[] = [];
  if (at.code < 0) problems.push({ row: 1, column: '', message: 'There is no organisation code column (such as "ODS code").' });
  if (at.year < 0) problems.push({ row: 1, column: '', message: 'There is no "Year" column.' });
  if (problems.length) return { ok: false, problems };
  const roleColumns = new Set(Object.values(at).filter((i) => i >= 0));
  const measureColumns = header.flatMap((h, i) => (roleColumns.has(i) || DESCRIPTIVE.has(folded[i]!) || !h.trim() ? [] : [i]));
  const rows: BenchmarkRow[] = [];
  body.forEach((cells, r) => {
    const row = r + 2;
    const fail = (column: number, message: string) => problems.length < maxProblems && problems.push({ row, column: header[column] ?? '', message });
    const code = (cells[at.code] ?? '').trim();
    if (!code) fail(at.code, 'The organisation code is missing.');
    const year = Number((cells[at.year] ?? '').trim());
    if (!Number.isInteger(year) || year < 1990 || year > 2100) fail(at.year, `"${cells[at.year] ?? ''}" is not a year.`);
    const values = measureColumns.map((c) => {
      const raw = (cells[c] ?? '').trim();
      if (MISSING.has(raw.toLowerCase())) return null;
      const value = Number(raw.replace(/%$/, ''));
      if (!Number.isFinite(value)) {
        fail(c, `"${raw}" is not a number.`);
        return null;
      }
      return value;
    });
    rows.push({ code, name: at.name >= 0 ? (cells[at.name] ?? '').trim() : code, group: at.group >= 0 ? (cells[at.group] ?? '').trim() : '', year, values });
  });
  // A measure column that is never a number is a description, not a measure: drop it rather than fail.
  return problems.length ? { ok: false, problems } : { ok: true, table: { measures: measureColumns.map((c) => header[c]!.trim()), rows } };
}

export interface Spread {
  n: number;
  min: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  max: number;
}

/** Quantile by linear interpolation between order statistics (R's type 7, Excel's QUARTILE.INC). */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]!) - sorted[lo]!);
}

export function spreadOf(values: readonly (number | null)[]): Spread | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return { n: sorted.length, min: sorted[0]!, lowerQuartile: quantile(sorted, 0.25), median: quantile(sorted, 0.5), upperQuartile: quantile(sorted, 0.75), max: sorted.at(-1)! };
}

export type Standing = 'highest quarter' | 'above average' | 'below average' | 'lowest quarter';

/** Which quarter of the group a value falls in (ties with a quartile count as inside the middle half). */
export function standingOf(value: number, spread: Spread): Standing {
  if (value > spread.upperQuartile) return 'highest quarter';
  if (value < spread.lowerQuartile) return 'lowest quarter';
  return value >= spread.median ? 'above average' : 'below average';
}

export interface GroupSummary {
  group: string;
  year: number;
  organisations: number;
  measures: { name: string; spread: Spread | null; own: number | null; standing: Standing | null }[];
}

/** Each measure's spread across one benchmarking group and year, and the given organisation's value and standing if it is in the table. */
export function summariseGroup(table: BenchmarkTable, group: string, year: number, ownCode: string | null): GroupSummary {
  const members = table.rows.filter((r) => r.group === group && r.year === year);
  const own = ownCode ? table.rows.find((r) => r.year === year && r.code.toUpperCase() === ownCode.toUpperCase()) : undefined;
  return {
    group,
    year,
    organisations: members.length,
    measures: table.measures.map((name, m) => {
      const spread = spreadOf(members.map((r) => r.values[m]!));
      const value = own?.values[m] ?? null;
      return { name, spread, own: value, standing: value !== null && spread ? standingOf(value, spread) : null };
    }),
  };
}

/** The groups and years present, for choosing a comparison. */
export function groupsAndYears(table: BenchmarkTable): { group: string; year: number; organisations: number }[] {
  const counts = new Map<string, { group: string; year: number; organisations: number }>();
  for (const r of table.rows) {
    const key = `${r.group}\u0000${r.year}`;
    const entry = counts.get(key) ?? { group: r.group, year: r.year, organisations: 0 };
    entry.organisations++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.year - a.year || a.group.localeCompare(b.group));
}
