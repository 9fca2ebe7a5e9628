// The dashboard and a metric's chart as plain tables for download, from the same views the
// pages show; and the template a trust fills in to import its values.
import { csvRow } from '../../../core/tabular/csv-write.js';
import { METRIC_CATALOGUE } from '../../../core/metrics/catalogue.js';
import { VALUES_TEMPLATE_HEADERS } from '../../../core/metrics/validate-values.js';
import type { ExportTable } from '../../kernel/table-export.js';
import type { DashboardView, SeriesView } from './metrics.schemas.js';

const WORDS: Record<string, string> = {
  common_cause: 'Common cause variation',
  special_cause_improvement: 'Special cause: improvement',
  special_cause_concern: 'Special cause: concern',
  special_cause_neutral_high: 'Special cause: higher',
  special_cause_neutral_low: 'Special cause: lower',
  consistent_pass: 'Will consistently meet the target',
  consistent_fail: 'Will consistently miss the target',
  inconsistent: 'May or may not meet the target',
};
const inWords = (code: string | null) => (code ? (WORDS[code] ?? code) : '');

const NOTES = [
  'Statistical process control after NHS England’s Making Data Count: limits are the mean ± 2.66 × the mean moving range; special causes are a point beyond a limit, 6 in a row on one side of the mean, 6 rising or falling, or 2 of 3 beyond two sigma on one side.',
  'With 12 or fewer points no limits or icons are shown.',
];

export function dashboardTable(view: DashboardView): ExportTable {
  return {
    title: `Culture and outcomes dashboard: ${view.unit.name}`,
    columns: ['Cultural element', 'Metric', 'Latest period', 'Latest value', 'Unit', 'Points', 'Variation', 'Assurance', 'Target', 'Benchmark'],
    rows: view.elements.flatMap((e) => e.metrics.map((m) => [e.name, m.name, m.latest?.period ?? '', m.latest?.value ?? '', m.unitLabel, m.points, inWords(m.variation), inWords(m.assurance), m.target, m.benchmark])),
    notes: NOTES,
  };
}

export function seriesTable(view: SeriesView): ExportTable {
  const spc = view.spc;
  return {
    title: `${view.metric.name}: ${view.unit.name}`,
    columns: ['Period', `Value (${view.metric.unitLabel})`, 'Mean', 'Lower process limit', 'Upper process limit', 'What the point shows'],
    rows: view.periods.map((period, i) => {
      const point = spc?.points[i];
      const part = point ? spc!.partitions[point.partition] : undefined;
      return [period, view.values[i]!, part?.mean ?? null, part?.lpl ?? null, part?.upl ?? null, inWords(point?.type ?? null)];
    }),
    notes: [...NOTES, ...(spc?.reasons ?? []), ...(view.gaps.length ? [`No value for: ${view.gaps.join(', ')}. Gaps are not filled in.`] : [])],
  };
}

/** The import template: the columns, two example rows, and every metric key with its name and unit. */
export function valuesTemplateCsv(): string {
  const lines = [
    csvRow([...VALUES_TEMPLATE_HEADERS]),
    csvRow(['sickness-absence', '', '2025-04', '4.9']),
    csvRow(['sickness-absence', '', '2025-05', '5.2']),
  ];
  return lines.join('');
}

export function catalogueTable(): ExportTable {
  return {
    title: 'Metrics Cultivate knows',
    columns: ['Metric key', 'Name', 'Cultural element', 'Better when', 'Unit', 'Lowest', 'Highest', 'Source'],
    rows: METRIC_CATALOGUE.map((m) => [m.key, m.name, m.element, m.direction === 'increase' ? 'higher' : m.direction === 'decrease' ? 'lower' : 'neither', m.unitLabel, m.min, m.max, m.source]),
    notes: ['Use the metric key (or the name) in the Metric column of an import file. Leave Unit code blank for the whole organisation.'],
  };
}
