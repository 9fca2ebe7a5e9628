// Checks a file of Friends and Family Test results (one row per unit and month, with the count
// of each answer) before anything is written: every problem is reported by row and column and a
// file with any error is refused whole, as the dashboard's values are. A month repeated for a
// unit, or one earlier than the row before it for the same unit, is an error; a gap in a unit's
// months is a warning, shown as a gap and never filled in.
//
// Percentage positive follows NHS England's FFT definition: the "very good" and "good" answers
// over all responses, where all responses include "don't know" (NHS England, Friends and Family
// Test data, technical definitions: percentage positive = (very good + good) / total responses).
import type { ImportProblem, RawTable } from '../imports/types.js';
import { readNumber } from '../metrics/validate-values.js';
import { gapsIn, parsePeriod } from '../metrics/periods.js';

export const FFT_ANSWERS = ['veryGood', 'good', 'neither', 'poor', 'veryPoor', 'dontKnow'] as const;
export type FftAnswer = (typeof FFT_ANSWERS)[number];
export type FftCounts = Record<FftAnswer, number>;

export const FFT_ANSWER_LABELS: Record<FftAnswer, string> = {
  veryGood: 'Very good',
  good: 'Good',
  neither: 'Neither good nor poor',
  poor: 'Poor',
  veryPoor: 'Very poor',
  dontKnow: 'Don’t know',
};

export const FFT_TEMPLATE_HEADERS = ['Unit code', 'Period', 'Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor', "Don't know"] as const;

export const totalResponses = (c: FftCounts): number => FFT_ANSWERS.reduce((s, a) => s + c[a], 0);

/** (very good + good) / all responses × 100, don't know included in all responses; null with no responses. */
export function percentPositive(c: FftCounts): number | null {
  const total = totalResponses(c);
  return total === 0 ? null : ((c.veryGood + c.good) / total) * 100;
}

/** (poor + very poor) / all responses × 100, the publication's percentage negative; null with no responses. */
export function percentNegative(c: FftCounts): number | null {
  const total = totalResponses(c);
  return total === 0 ? null : ((c.poor + c.veryPoor) / total) * 100;
}

export interface FftRow {
  row: number;
  /** Null for the whole organisation. */
  unitId: string | null;
  period: string;
  periodIndex: number;
  counts: FftCounts;
}

export interface FftPlan {
  rows: FftRow[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

type Field = 'unit' | 'period' | FftAnswer;

// Header names as normalised (lower case, letters and digits only), in order of preference.
const FIELDS: Record<Field, readonly string[]> = {
  unit: ['unitcode', 'unit', 'code', 'orgunitcode'],
  period: ['period', 'month'],
  veryGood: ['verygood', '1verygood'],
  good: ['good', '2good'],
  neither: ['neithergoodnorpoor', 'neither', '3neithergoodnorpoor'],
  poor: ['poor', '4poor'],
  veryPoor: ['verypoor', '5verypoor'],
  dontKnow: ['dontknow', 'donotknow', '6dontknow'],
};
const FIELD_ORDER: readonly Field[] = ['unit', 'period', ...FFT_ANSWERS];

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A count as a spreadsheet writes it (12, 1,204), or why it is not a whole number of 0 or more. */
export function readCount(text: string): { value: number } | { problem: string } {
  if (/%\s*$/.test(text)) return { problem: `“${text}” is a percentage; enter the number of answers` };
  const n = readNumber(text);
  if (n === null) return { problem: `“${text}” is not a number` };
  if (n < 0) return { problem: `${text} is below zero; a number of answers is 0 or more` };
  if (!Number.isInteger(n)) return { problem: `${text} is not a whole number; a number of answers is a whole number` };
  return { value: n };
}

export interface FftContext {
  /** Unit codes (as in the organisation's structure) to unit ids. */
  unitsByCode: ReadonlyMap<string, string>;
}

export function validateFftResults(table: RawTable, context: FftContext): FftPlan {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const column: Partial<Record<Field, number>> = {};
  table.headers.forEach((h, i) => {
    const n = normalise(h);
    for (const field of FIELD_ORDER) if (column[field] === undefined && FIELDS[field].includes(n)) column[field] = i;
  });
  const label = (field: Field) => (column[field] === undefined ? FFT_TEMPLATE_HEADERS[FIELD_ORDER.indexOf(field)]! : table.headers[column[field]!]!.trim());
  for (const field of FIELD_ORDER.slice(1)) {
    if (column[field] === undefined) errors.push({ row: table.headerRow, column: label(field), message: `The file has no ${label(field)} column. Download the template to see the columns expected.` });
  }
  if (errors.length) return { rows: [], errors, warnings };

  const rows: FftRow[] = [];
  const seen = new Map<string, number>();
  const last = new Map<string, { index: number; row: number }>();
  for (const { row, cells } of table.rows) {
    const get = (field: Field) => (column[field] === undefined ? '' : (cells[column[field]!] ?? '').trim());
    const problem = (field: Field, message: string) => errors.push({ row, column: label(field), message });
    const unitCode = get('unit');
    const unitId = unitCode ? (context.unitsByCode.get(unitCode) ?? context.unitsByCode.get(unitCode.toUpperCase())) : null;
    if (unitCode && unitId === undefined) problem('unit', `“${unitCode}” is not a unit code in this organisation’s structure. Leave it blank for the whole organisation.`);
    const periodText = get('period');
    const period = parsePeriod(periodText);
    if (!periodText) problem('period', 'Enter the month, such as 2025-04');
    else if (!period) problem('period', `“${periodText}” is not a month. Use 2025-04 or April 2025.`);
    else if (period.kind !== 'month') problem('period', `${period.label} is a ${period.kind}; Friends and Family Test results are monthly. Use a month such as 2025-04.`);
    const counts: Partial<FftCounts> = {};
    for (const answer of FFT_ANSWERS) {
      const text = get(answer);
      if (!text) {
        problem(answer, `Enter the number of “${FFT_ANSWER_LABELS[answer]}” answers; put 0 if there were none`);
        continue;
      }
      const read = readCount(text);
      if ('problem' in read) problem(answer, read.problem);
      else counts[answer] = read.value;
    }
    if (unitId === undefined || !period || period.kind !== 'month' || FFT_ANSWERS.some((a) => counts[a] === undefined)) continue;
    const unitKey = unitId ?? '-';
    const cell = `${unitKey}|${period.label}`;
    if (seen.has(cell)) {
      problem('period', `${period.label} for this unit is already on row ${seen.get(cell)}`);
      continue;
    }
    seen.set(cell, row);
    const before = last.get(unitKey);
    if (before && period.index < before.index) {
      problem('period', `${period.label} comes before the month on row ${before.row} for the same unit. Put each unit’s months in order, oldest first.`);
      continue;
    }
    last.set(unitKey, { index: period.index, row });
    rows.push({ row, unitId, period: period.label, periodIndex: period.index, counts: counts as FftCounts });
  }
  if (errors.length === 0) {
    const byUnit = new Map<string, FftRow[]>();
    for (const r of rows) byUnit.set(r.unitId ?? '-', [...(byUnit.get(r.unitId ?? '-') ?? []), r]);
    for (const list of byUnit.values()) {
      const gaps = gapsIn('month', list.map((r) => r.periodIndex));
      if (!gaps.length) continue;
      const shown = gaps.length > 6 ? `${gaps.slice(0, 6).join(', ')} and ${gaps.length - 6} more` : gaps.join(', ');
      warnings.push({ row: list[0]!.row, column: label('period'), message: `No results for ${shown} for this unit; the gap is shown as a gap, not filled in` });
    }
  }
  const position = (c: string) => table.headers.findIndex((h) => h.trim() === c);
  errors.sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
  return { rows, errors, warnings };
}
