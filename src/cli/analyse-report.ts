// `cultivate analyse`: the statistics for checked columns, shaped as the JSON the command prints
// (snake_case keys, null where a figure cannot be computed).
import { summarise, summariseByGroup, type ColumnSummary } from '../core/analytics/column-summary.js';
import { cronbachAlpha } from '../core/analytics/cronbach-alpha.js';
import { respondentScaleScores } from '../core/analytics/scale-scores.js';
import { twoProportionZTest, welchTTest } from '../core/analytics/wave-comparison.js';
import type { AnalyseData, AnalyseRequest } from './analyse-input.js';

export interface ItemReport {
  n: number;
  mean: number | null;
  sd: number | null;
  pct_positive: number | null;
}

export type GroupReport = { n: number; mean: number | null } | { suppressed: true };

export interface ScaleReport {
  n: number;
  mean: number | null;
  sd: number | null;
  raw_alpha: number | null;
  std_alpha: number | null;
  /** Respondents who answered every item: the ones alpha is computed from. */
  alpha_n: number;
  by_group?: Record<string, GroupReport>;
}

export interface WaveReport {
  first: string;
  second: string;
  items: Record<string, { z: number | null; p_value: number | null }>;
  scales: Record<string, { t: number | null; df: number | null; p_value: number | null }>;
}

export interface AnalyseReport {
  items: Record<string, ItemReport>;
  scales: Record<string, ScaleReport>;
  waves?: WaveReport;
}

// Object.fromEntries defines own properties, so a column called "__proto__" stays a column.
export function buildReport(data: AnalyseData, request: AnalyseRequest): AnalyseReport {
  const { items, groups, waves } = data;
  const itemReports = [...items].map(([column, values]) => {
    const s = summarise(values, request.positiveAt);
    return [column, { n: s.n, mean: s.mean, sd: s.sd, pct_positive: s.pctPositive }] as const;
  });
  const scaleScores = request.scales.map(({ name, columns }) => {
    const columnValues = columns.map((c) => items.get(c) as Float64Array);
    return { name, columnValues, scores: respondentScaleScores(columnValues) };
  });
  const scaleReports = scaleScores.map(({ name, columnValues, scores }) => {
    const s = summarise(scores);
    const alpha = cronbachAlpha(columnValues);
    const report: ScaleReport = { n: s.n, mean: s.mean, sd: s.sd, raw_alpha: alpha.raw, std_alpha: alpha.standardised, alpha_n: alpha.n };
    if (groups) {
      const perGroup = summariseByGroup(scores, groups);
      report.by_group = Object.fromEntries(
        groups.labels.map((label, g) => {
          const { n, mean } = perGroup[g] as ColumnSummary;
          return [label, n < request.threshold ? { suppressed: true as const } : { n, mean }];
        }),
      );
    }
    return [name, report] as const;
  });
  const report: AnalyseReport = { items: Object.fromEntries(itemReports), scales: Object.fromEntries(scaleReports) };
  if (waves) {
    const [first, second] = waves.labels as [string, string];
    report.waves = {
      first,
      second,
      items: Object.fromEntries(
        [...items].map(([column, values]) => {
          const [a, b] = summariseByGroup(values, waves, request.positiveAt) as [ColumnSummary, ColumnSummary];
          const { z, pValue } = twoProportionZTest(a, b);
          return [column, { z, p_value: pValue }];
        }),
      ),
      scales: Object.fromEntries(
        scaleScores.map(({ name, scores }) => {
          const [a, b] = summariseByGroup(scores, waves) as [ColumnSummary, ColumnSummary];
          const { t, df, pValue } = welchTTest(a, b);
          return [name, { t, df, p_value: pValue }];
        }),
      ),
    };
  }
  return report;
}
