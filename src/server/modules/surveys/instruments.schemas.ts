// Request and response shapes for the instrument library.
import { z } from 'zod';
import { AUDIENCES, LANGUAGES, localisedText } from '../../../core/instruments/definition.js';
import { orgParams } from '../../kernel/http-schemas.js';

export const instrumentParams = orgParams.extend({ ref: z.string().min(1).max(100) });

export const instrumentSummary = z.object({
  ref: z.string(),
  key: z.string(),
  title: z.string(),
  description: z.string(),
  source: z.string(),
  audience: z.enum(AUDIENCES),
  languages: z.array(z.enum(LANGUAGES)),
  itemCount: z.number(),
  version: z.number(),
  status: z.enum(['draft', 'published']),
  builtIn: z.boolean(),
  basedOn: z.string().nullable(),
  /** Send this back when saving or publishing; a stale one gets 409 edit_conflict. */
  editVersion: z.number(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummary>;

// The definition is checked in full by core/instruments/check-definition.ts, which reports
// every problem with its path; here it only has to be an object.
export const instrumentDetail = instrumentSummary.extend({ definition: z.record(z.string(), z.unknown()) });

export const copyInstrumentBody = z.strictObject({
  from: z.string().min(1).max(100),
  title: localisedText,
});
export type CopyInstrumentInput = z.infer<typeof copyInstrumentBody>;

export const saveDraftBody = z.strictObject({ definition: z.record(z.string(), z.unknown()), editVersion: z.number().int().min(0) });
export type SaveDraftInput = z.infer<typeof saveDraftBody>;

export const publishBody = z.strictObject({ editVersion: z.number().int().min(1) });
