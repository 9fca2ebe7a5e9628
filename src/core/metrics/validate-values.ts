// Checks a file of metric values (one row per metric, unit and period) before anything is
// written: every problem is reported by row and column, and a file with any error is refused
// whole. Gaps in a series are reported as warnings and never filled in; a period repeated in
// the file, or one earlier than the row before it in the same series, is an error.
import type { ImportProblem, RawTable } from '../imports/types.js';
import { METRIC_CATALOGUE, type MetricDefinition } from './catalogue.js';
import { gapsIn, parsePeriod, type PeriodKind } from './periods.js';

export interface MetricValueRow {
  row: number;
  metricKey: string;
  /** Null for the whole organisation. */
  unitId: string | null;
  periodKind: PeriodKind;
  period: string;
  periodIndex: number;
  value: number;
}

export interface ValuesPlan {
  values: MetricValueRow[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

const FIELDS = {
  metric: ['metric', 'metrickey', 'measure', 'indicator'],
  unit: ['unitcode', 'unit', 'orgunitcode', 'code'],
  period: ['period', 'month', 'quarter', 'year', 'date'],
  value: ['value', 'figure', 'result'],
} as const;
type ValueField = keyof typeof FIELDS;

export const VALUES_TEMPLATE_HEADERS = ['Metric', 'Unit code', 'Period', 'Value'] as const;

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A number as people write it in spreadsheets: 1,234.5, 12.5%, −3 (a true minus), (3) is not accepted. */
export function readNumber(input: string): number | null {
  const text = input.trim().replace(/^\u2212/, '-').replace(/,(?=\d{3}\b)/g, '').replace(/%$/, '').trim();
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export interface ValuesContext {
  /** Unit codes (as in the organisation's structure) to unit ids. */
  unitsByCode: ReadonlyMap<string, string>;
  /** The kind of period each stored series already uses, keyed "metric|unitId or -". */
  storedKinds?: ReadonlyMap<string, PeriodKind>;
  catalogue?: readonly MetricDefinition[];
}

export const seriesKey = (metricKey: string, unitId: string | null) => `${metricKey}|${unitId ?? '-'}`;

export function validateValues(table: RawTable, context: ValuesContext): ValuesPlan {
  const catalogue = context.catalogue ?? METRIC_CATALOGUE;
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const column: Partial<Record<ValueField, number>> = {};
  table.headers.forEach((h, i) => {
    const n = normalise(h);
    for (const field of Object.keys(FIELDS) as ValueField[]) if (column[field] === undefined && (FIELDS[field] as readonly string[]).includes(n)) column[field] = i;
  });
  const label = (field: ValueField) => (column[field] === undefined ? VALUES_TEMPLATE_HEADERS[Object.keys(FIELDS).indexOf(field)]! : table.headers[column[field]!]!);
  for (const field of ['metric', 'period', 'value'] as const) {
    if (column[field] === undefined) errors.push({ row: table.headerRow, column: label(field), message: `The file has no ${label(field)} column. Download the template to see the columns expected.` });
  }
  if (errors.length) return { values: [], errors, warnings };

  const byName = new Map<string, MetricDefinition>();
  for (const m of catalogue) {
    byName.set(normalise(m.key), m);
    byName.set(normalise(m.name), m);
  }
  const values: MetricValueRow[] = [];
  const lastIndex = new Map<string, { index: number; row: number }>();
  const kinds = new Map<string, PeriodKind>(context.storedKinds ?? []);
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const get = (field: ValueField) => (column[field] === undefined ? '' : (cells[column[field]!] ?? '').trim());
    const problem = (field: ValueField, message: string) => errors.push({ row, column: label(field), message });
    const metricText = get('metric');
    const metric = byName.get(normalise(metricText));
    if (!metricText) problem('metric', 'Enter the metric');
    else if (!metric) problem('metric', `“${metricText}” is not a metric Cultivate knows. Use a key or name from the template’s list of metrics.`);
    const unitCode = get('unit');
    const unitId = unitCode ? (context.unitsByCode.get(unitCode) ?? context.unitsByCode.get(unitCode.toUpperCase())) : null;
    if (unitCode && unitId === undefined) problem('unit', `“${unitCode}” is not a unit code in this organisation’s structure. Leave it blank for the whole organisation.`);
    const periodText = get('period');
    const period = parsePeriod(periodText);
    if (!periodText) problem('period', 'Enter the period, such as 2025-04 for a month, 2025-Q2 for a quarter or 2025 for a year');
    else if (!period) problem('period', `“${periodText}” is not a period. Use 2025-04 for a month, 2025-Q2 for a quarter or 2025 for a year.`);
    const valueText = get('value');
    const value = readNumber(valueText);
    if (!valueText) problem('value', 'Enter the value; leave the row out if there is no figure for the period');
    else if (value === null) problem('value', `“${valueText}” is not a number`);
    else if (metric && ((metric.min !== null && value < metric.min) || (metric.max !== null && value > metric.max))) {
      problem('value', `${value} is outside the range for ${metric.name} (${metric.min ?? 'no lower limit'} to ${metric.max ?? 'no upper limit'})`);
    }
    if (!metric || unitId === undefined || !period || value === null) continue;
    const series = seriesKey(metric.key, unitId);
    const kind = kinds.get(series);
    if (kind && kind !== period.kind) {
      problem('period', `This series is ${kind === 'month' ? 'monthly' : kind === 'quarter' ? 'quarterly' : 'yearly'}; ${periodText} is a ${period.kind}. Keep each metric and unit to one kind of period.`);
      continue;
    }
    kinds.set(series, period.kind);
    const cellKey = `${series}|${period.label}`;
    if (seen.has(cellKey)) {
      problem('period', `${period.label} for this metric and unit is already on row ${seen.get(cellKey)}`);
      continue;
    }
    seen.set(cellKey, row);
    const last = lastIndex.get(series);
    if (last && period.index < last.index) {
      problem('period', `${period.label} comes before the period on row ${last.row} for the same metric and unit. Put each series in order, oldest first.`);
      continue;
    }
    lastIndex.set(series, { index: period.index, row });
    values.push({ row, metricKey: metric.key, unitId, periodKind: period.kind, period: period.label, periodIndex: period.index, value });
  }
  if (errors.length === 0) {
    const bySeries = new Map<string, MetricValueRow[]>();
    for (const v of values) bySeries.set(seriesKey(v.metricKey, v.unitId), [...(bySeries.get(seriesKey(v.metricKey, v.unitId)) ?? []), v]);
    for (const list of bySeries.values()) {
      const gaps = gapsIn(list[0]!.periodKind, list.map((v) => v.periodIndex));
      if (gaps.length) {
        const shown = gaps.length > 6 ? `${gaps.slice(0, 6).join(', ')} and ${gaps.length - 6} more` : gaps.join(', ');
        warnings.push({ row: list[0]!.row, column: label('period'), message: `No value for ${shown} in this series; the gap is shown as a gap, not filled in` });
      }
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { values, errors, warnings };
}
