// Shapes of the patient experience API: the overview (FFT trend and latest month by unit, the
// strengths and concerns by cultural element, patient surveys), the feedback list and its coding.
import { z } from 'zod';
import { id, orgParams } from '../../kernel/http-schemas.js';
import { exportQuery } from '../../kernel/table-export.js';
import { spcView } from '../metrics/index.js';

const count = z.number().nullable();
export const fftStatus = z.enum(['shown', 'too_few', 'protects_another', 'no_responses']);

export const fftUnitRow = z.object({
  /** "organisation" or a unit id. */
  unitId: z.string(),
  name: z.string(),
  /** 0 for the organisation, 1 for a top-level unit. */
  depth: z.number(),
  status: fftStatus,
  /** Counts are null when suppressed; percentages only for too_few. */
  responses: count,
  veryGood: count,
  good: count,
  neither: count,
  poor: count,
  veryPoor: count,
  dontKnow: count,
  percentPositive: count,
  percentNegative: count,
});
export type FftUnitRow = z.infer<typeof fftUnitRow>;

const kindSummary = z.object({
  status: z.enum(['shown', 'too_few', 'none']),
  items: count,
  coded: count,
  byTheme: z.record(z.string(), z.number()).nullable(),
});

export const overviewView = z.object({
  fft: z.object({
    /** Fewer responses than this in a month hides it (NHS England's FFT rule). */
    threshold: z.number(),
    /** The whole organisation's months on the chart, oldest first. */
    periods: z.array(z.string()),
    values: z.array(z.number()),
    responses: z.array(z.number()),
    /** Months with no figure between the first and the last: shown as gaps, never filled in. */
    gaps: z.array(z.string()),
    /** Months with 1 to 4 responses, left off the chart as the publication would hide them. */
    leftOut: z.array(z.string()),
    spc: spcView.nullable(),
    latest: z.object({ period: z.string(), rows: z.array(fftUnitRow) }).nullable(),
  }),
  feedback: z.object({
    threshold: z.number(),
    total: z.number(),
    themes: z.array(z.object({ id: z.string(), name: z.string() })),
    units: z.array(z.object({ unitId: z.string(), name: z.string(), depth: z.number(), strengths: kindSummary, concerns: kindSummary })),
  }),
  surveys: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      closedAt: z.string(),
      /** Null when too few answered for anything to be shown. */
      respondents: z.number().nullable(),
      /** The whole organisation's score out of 10 on each measure, as the survey's results page shows it. */
      measures: z.array(z.object({ id: z.string(), name: z.string(), status: z.enum(['shown', 'too_few', 'protects_another', 'none']), score: z.number().nullable() })),
    }),
  ),
});
export type OverviewView = z.infer<typeof overviewView>;

const problem = z.object({ row: z.number(), column: z.string(), message: z.string() });
export const importResultView = z.object({ written: z.number(), skipped: z.number(), warnings: z.array(problem) });
export type ImportResultView = z.infer<typeof importResultView>;

export const feedbackQuery = z.strictObject({
  kind: z.enum(['complaint', 'compliment']).optional(),
  /** A cultural element, or "uncoded". */
  theme: z.string().max(64).optional(),
  /** A unit (with everything below it), or "organisation" for items filed against no unit. */
  unitId: z.string().max(64).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type FeedbackQuery = z.infer<typeof feedbackQuery>;

export const feedbackListView = z.object({
  total: z.number(),
  themes: z.array(z.object({ id: z.string(), name: z.string() })),
  items: z.array(
    z.object({
      id: z.string(),
      receivedOn: z.string(),
      kind: z.enum(['complaint', 'compliment']),
      category: z.string().nullable(),
      unit: z.object({ unitId: z.string(), name: z.string() }).nullable(),
      /** Redacted: names, contact details and unit names replaced with markers. */
      text: z.string(),
      highlights: z.array(z.object({ start: z.number(), end: z.number() })),
      themes: z.array(z.string()),
      suggestions: z.array(z.object({ theme: z.string(), score: z.number() })),
    }),
  ),
});
export type FeedbackListView = z.infer<typeof feedbackListView>;

export const feedbackParams = orgParams.extend({ feedbackId: id });
export const codeBody = z.strictObject({ themes: z.array(z.string().max(64)).max(6) });
export const codeView = z.object({ id: z.string(), themes: z.array(z.string()) });

export const fftExportQuery = exportQuery.extend({ view: z.enum(['units', 'trend']).default('units') });
