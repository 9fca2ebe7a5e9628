// Response shapes for survey results. A hidden cell says why it is hidden and carries no
// figures at all, so nothing about the small group travels to the browser.
import { z } from 'zod';
import { FRAMEWORKS, PERSPECTIVES } from '../../../core/instruments/definition.js';
import { orgParams } from '../../kernel/http-schemas.js';

export const resultsParams = orgParams.extend({ surveyId: z.string().min(1).max(64) });
export const unitResultsParams = resultsParams.extend({ unitId: z.string().max(64) });

const status = z.enum(['shown', 'too_few', 'protects_another', 'none']);

export const cellView = z.object({ status, n: z.number().nullable(), mean: z.number().nullable() });
export type CellView = z.infer<typeof cellView>;

const surveyView = z.object({ id: z.string(), title: z.string(), closedAt: z.string(), anonymityThreshold: z.number() });
const measureView = z.object({
  id: z.string(),
  name: z.string(),
  /** Null for a single statement (the heatmap by statement). */
  framework: z.enum(FRAMEWORKS).nullable(),
  frameworkKey: z.string().nullable(),
  perspective: z.enum(PERSPECTIVES).nullable(),
  items: z.number(),
  /** Cronbach's alpha across the whole organisation, from everyone who answered every statement; null for one statement or too few. */
  alpha: z.object({ n: z.number(), raw: z.number(), standardised: z.number().nullable() }).nullable(),
});

export const heatmapQuery = z.strictObject({ level: z.enum(['measures', 'items']).default('measures') });

export const heatmapView = z.object({
  survey: surveyView,
  level: z.enum(['measures', 'items']),
  /** Whether the questionnaire asks for written comments. */
  hasComments: z.boolean(),
  measures: z.array(measureView),
  rows: z.array(
    z.object({
      /** 'organisation' for the whole organisation. */
      unitId: z.string(),
      name: z.string(),
      depth: z.number(),
      parentId: z.string().nullable(),
      respondents: z.number().nullable(),
      respondentStatus: status,
      cells: z.array(cellView),
    }),
  ),
});
export type HeatmapView = z.infer<typeof heatmapView>;

export const unitReportView = z.object({
  survey: surveyView,
  unit: z.object({ unitId: z.string(), name: z.string(), respondents: z.number().nullable(), respondentStatus: status }),
  measures: z.array(measureView.merge(cellView)),
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      status,
      n: z.number().nullable(),
      mean: z.number().nullable(),
      sd: z.number().nullable(),
      pctPositive: z.number().nullable(),
    }),
  ),
});
export type UnitReportView = z.infer<typeof unitReportView>;

export const comparisonQuery = z.strictObject({ with: z.string().min(1).max(64) });

const surveyRef = z.object({ id: z.string(), title: z.string(), closedAt: z.string() });

export const comparisonRow = z.object({
  id: z.string(),
  label: z.string(),
  /** Score out of 10 for a measure, % positive for a statement; null where either survey hides it. */
  earlier: z.number().nullable(),
  now: z.number().nullable(),
  difference: z.number().nullable(),
  pValue: z.number().nullable(),
  significant: z.boolean(),
  reading: z.string(),
});
export type ComparisonRow = z.infer<typeof comparisonRow>;

export const comparisonView = z.object({
  now: surveyRef,
  earlier: surveyRef,
  unit: z.object({ unitId: z.string(), name: z.string() }),
  measures: z.array(comparisonRow),
  items: z.array(comparisonRow),
});
export type ComparisonView = z.infer<typeof comparisonView>;

export const comparableView = z.object({ items: z.array(surveyRef) });

export const driversQuery = z.strictObject({ outcome: z.string().min(1).max(64) });

const driverRow = z.object({
  id: z.string(),
  name: z.string(),
  n: z.number().nullable(),
  /** Pearson's r with its 95% interval; null where too few answered both. */
  r: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  pValue: z.number().nullable(),
});

export const driversView = z.object({
  survey: surveyView,
  outcome: z.object({ id: z.string(), name: z.string() }),
  outcomes: z.array(z.object({ id: z.string(), name: z.string(), isOutcome: z.boolean() })),
  /** True when fewer than the threshold answered the outcome: nothing else is reported. */
  suppressed: z.boolean(),
  measures: z.array(driverRow),
  items: z.array(driverRow),
  regression: z
    .object({
      n: z.number(),
      r2: z.number(),
      adjustedR2: z.number(),
      coefficients: z.array(z.object({ id: z.string(), name: z.string(), beta: z.number(), pValue: z.number().nullable() })),
    })
    .nullable(),
  caveat: z.string(),
});
export type DriversView = z.infer<typeof driversView>;

const dimensionView = z.object({ id: z.string(), name: z.string(), question: z.string().nullable() });
const unitRef = z.object({ unitId: z.string(), name: z.string() });

export const breakdownOptionsView = z.object({
  survey: surveyView,
  dimensions: z.array(dimensionView.extend({ categories: z.array(z.string()) })),
  measures: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type BreakdownOptionsView = z.infer<typeof breakdownOptionsView>;

const dimensionId = z.string().min(1).max(64);
export const breakdownQuery = z.strictObject({ by: dimensionId, unit: z.string().min(1).max(64).optional(), level: z.enum(['measures', 'items']).default('measures') });
export const crossTabQuery = z.strictObject({ by: dimensionId, unit: z.string().min(1).max(64).optional(), measure: z.string().min(1).max(64).optional() });

export const breakdownView = z.object({
  survey: surveyView,
  level: z.enum(['measures', 'items']),
  dimension: dimensionView,
  unit: unitRef,
  measures: z.array(measureView),
  /** The unit's total first, then one row per category. */
  rows: z.array(z.object({ name: z.string(), isTotal: z.boolean(), respondents: z.number().nullable(), respondentStatus: status, cells: z.array(cellView) })),
});
export type BreakdownView = z.infer<typeof breakdownView>;

export const crossTabView = z.object({
  survey: surveyView,
  dimension: dimensionView,
  unit: unitRef,
  /** Null: head counts only. */
  measure: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** "All", then each category. */
  columns: z.array(z.string()),
  /** The unit first (its row is the column totals), then its teams. */
  rows: z.array(z.object({ unitId: z.string(), name: z.string(), isTotal: z.boolean(), respondents: z.array(cellView), cells: z.array(cellView).nullable() })),
});
export type CrossTabView = z.infer<typeof crossTabView>;
