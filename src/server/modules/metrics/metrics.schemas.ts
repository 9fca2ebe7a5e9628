// Shapes of the dashboard API: metric cards by cultural element, one metric's series with its
// SPC chart worked out, the units side by side, and the inputs for values and settings.
import { z } from 'zod';
import { orgParams } from '../../kernel/http-schemas.js';

const direction = z.enum(['increase', 'decrease', 'neither']);
const pointType = z.enum(['common_cause', 'special_cause_improvement', 'special_cause_concern', 'special_cause_neutral_high', 'special_cause_neutral_low']);
const assurance = z.enum(['consistent_pass', 'consistent_fail', 'inconsistent']);
const latest = z.object({ period: z.string(), value: z.number() }).nullable();

export const metricParams = orgParams.extend({ metricKey: z.string().min(1).max(64) });
export const unitQuery = z.strictObject({ unit: z.string().min(1).max(64).optional() });

export const metricCardView = z.object({
  key: z.string(),
  name: z.string(),
  element: z.string(),
  unit: z.string(),
  unitLabel: z.string(),
  direction,
  target: z.number().nullable(),
  benchmark: z.number().nullable(),
  benchmarkLabel: z.string().nullable(),
  points: z.number(),
  latest,
  variation: pointType.nullable(),
  assurance: assurance.nullable(),
  /** The last 24 values, oldest first, for a small trend line. */
  recent: z.array(z.number()),
  /** Why an icon is missing, in plain English. */
  reasons: z.array(z.string()),
});
export type MetricCardView = z.infer<typeof metricCardView>;

export const dashboardView = z.object({
  unit: z.object({ unitId: z.string(), name: z.string() }),
  elements: z.array(z.object({ key: z.string(), name: z.string(), metrics: z.array(metricCardView) })),
});
export type DashboardView = z.infer<typeof dashboardView>;

/** The SPC result as the API sends it: the dashboard's and patient experience's charts draw it alike. */
export const spcView = z.object({
  preset: z.enum(['mdc', 'ptd']),
  direction,
  target: z.number().nullable(),
  partitions: z.array(z.object({ start: z.number(), end: z.number(), basis: z.number(), mean: z.number(), movingRangeMean: z.number().nullable(), screenedMovingRanges: z.number(), lpl: z.number().nullable(), upl: z.number().nullable(), lowerTwoSigma: z.number().nullable(), upperTwoSigma: z.number().nullable() })),
  points: z.array(z.object({ index: z.number(), value: z.number(), partition: z.number(), type: pointType, rule: z.enum(['astronomical', 'shift', 'trend', 'two_of_three']).nullable(), rules: z.array(z.string()).readonly() })),
  variation: pointType.nullable(),
  assurance: assurance.nullable(),
  warnings: z.array(z.string()),
  reasons: z.array(z.string()),
});

export const seriesQuery = unitQuery.extend({
  /** 1-based points that start a recalculated period, comma separated. */
  rebase: z
    .string()
    .max(200)
    .regex(/^\d+(,\d+)*$/, 'Give point numbers separated by commas, such as 13,25')
    .transform((s) => s.split(',').map(Number))
    .optional(),
  preset: z.enum(['mdc', 'ptd']).optional(),
});

export const seriesView = z.object({
  metric: z.object({ key: z.string(), name: z.string(), element: z.string(), unit: z.string(), unitLabel: z.string(), direction, source: z.string(), description: z.string(), min: z.number().nullable(), max: z.number().nullable() }),
  unit: z.object({ unitId: z.string(), name: z.string() }),
  settings: z.object({ target: z.number().nullable(), benchmark: z.number().nullable(), benchmarkLabel: z.string().nullable(), version: z.number() }),
  periods: z.array(z.string()),
  values: z.array(z.number()),
  /** Periods with no value between the first and the last: shown as gaps, never filled in. */
  gaps: z.array(z.string()),
  spc: spcView.nullable(),
});
export type SeriesView = z.infer<typeof seriesView>;

export const unitsComparisonView = z.object({
  metric: z.object({ key: z.string(), name: z.string(), unitLabel: z.string(), direction }),
  target: z.number().nullable(),
  rows: z.array(z.object({ unitId: z.string(), name: z.string(), latest, points: z.number(), variation: pointType.nullable(), assurance: assurance.nullable() })),
});
export type UnitsComparisonView = z.infer<typeof unitsComparisonView>;

const problem = z.object({ row: z.number(), column: z.string(), message: z.string() });
export const importResultView = z.object({ written: z.number(), warnings: z.array(problem) });
export type ImportResultView = z.infer<typeof importResultView>;

export const valueBody = z.strictObject({
  unitId: z.string().max(64).nullable().default(null),
  period: z.string().trim().min(1, 'Enter the period').max(20),
  value: z.string().trim().min(1, 'Enter the value').max(40),
});
export type ValueInput = z.infer<typeof valueBody>;

export const removeValueQuery = unitQuery.extend({ period: z.string().min(1).max(20) });

const optionalNumber = z.number().finite().nullable();
export const settingsBody = z.strictObject({
  target: optionalNumber,
  benchmark: optionalNumber,
  benchmarkLabel: z.string().trim().max(200).nullable(),
  version: z.number().int().min(0),
});
export type SettingsInput = z.infer<typeof settingsBody>;
export const settingsView = settingsBody;
