// Request and response shapes for external benchmarks.
import { z } from 'zod';
import { orgParams } from '../../kernel/http-schemas.js';

export const setParams = orgParams.extend({ setId: z.string().min(1).max(64) });
export const summaryQuery = z.strictObject({ group: z.string().max(200), year: z.coerce.number().int().min(1990).max(2100) });

export const benchmarkSetView = z.object({
  id: z.string(),
  name: z.string(),
  source: z.string(),
  fileName: z.string(),
  uploadedAt: z.string(),
  measures: z.number(),
  organisations: z.number(),
  groups: z.array(z.object({ group: z.string(), year: z.number(), organisations: z.number() })),
});
export type BenchmarkSetView = z.infer<typeof benchmarkSetView>;

const spread = z.object({ n: z.number(), min: z.number(), lowerQuartile: z.number(), median: z.number(), upperQuartile: z.number(), max: z.number() });

export const summaryView = z.object({
  set: z.object({ id: z.string(), name: z.string(), source: z.string() }),
  group: z.string(),
  year: z.number(),
  organisations: z.number(),
  /** The organisation's own ODS code, when it has one and the table holds it for that year. */
  ownCode: z.string().nullable(),
  ownFound: z.boolean(),
  measures: z.array(z.object({ name: z.string(), spread: spread.nullable(), own: z.number().nullable(), standing: z.string().nullable() })),
});
export type SummaryView = z.infer<typeof summaryView>;
