// Shapes of the synthesis API: the matrix of cultural elements × sources with each cell's
// evidence, suggested rating, the change team's rating and narrative, and triangulation.
import { z } from 'zod';
import { RATINGS, SYNTHESIS_SOURCES } from '../../../core/synthesis/index.js';
import { id, isoDate, orgParams } from '../../kernel/http-schemas.js';

export const programmeParams = orgParams.extend({ programmeId: id });
export const cellParams = programmeParams.extend({ element: z.string().min(1).max(64), source: z.enum([...SYNTHESIS_SOURCES, 'overall']) });

const rating = z.enum(RATINGS);
const version = z.number().int().min(0);

const quote = z.object({ text: z.string(), stance: z.enum(['strength', 'develop']) });
export const evidenceView = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('score'),
    label: z.string(),
    score: z.number(),
    n: z.number(),
    change: z.object({ earlier: z.number(), difference: z.number(), pValue: z.number().nullable(), significant: z.boolean(), reading: z.string() }).nullable(),
  }),
  z.object({ kind: z.literal('metric'), label: z.string(), latest: z.string(), period: z.string(), variation: z.string().nullable(), variationText: z.string().nullable(), assurance: z.string().nullable(), assuranceText: z.string().nullable() }),
  z.object({ kind: z.literal('figure'), label: z.string(), value: z.string(), reading: z.enum(['good', 'concern', 'neutral']), note: z.string() }),
  z.object({ kind: z.literal('themes'), label: z.string(), strengths: z.number(), develop: z.number(), sessions: z.number(), quotes: z.array(quote), quotesWithheld: z.string().nullable() }),
]);

const cellView = z.object({
  source: z.enum(SYNTHESIS_SOURCES),
  sourceName: z.string(),
  evidence: z.array(evidenceView),
  suggested: z.object({ rating: rating.nullable(), reason: z.string() }),
  rating: rating.nullable(),
  narrative: z.string(),
  version,
});

export const synthesisView = z.object({
  programmeId: z.string(),
  status: z.enum(['draft', 'agreed']),
  eventDate: z.string().nullable(),
  quoteThreshold: z.number(),
  agreedAt: z.string().nullable(),
  version,
  sources: z.array(z.object({ key: z.enum(SYNTHESIS_SOURCES), name: z.string() })),
  elements: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      overall: z.object({ rating: rating.nullable(), narrative: z.string(), version }),
      cells: z.array(cellView),
      triangulation: z.object({ agreement: z.enum(['agree', 'lean', 'disagree', 'too_little']), text: z.string() }),
    }),
  ),
});
export type SynthesisView = z.infer<typeof synthesisView>;

export const cellBody = z.strictObject({
  version,
  rating: rating.nullable(),
  narrative: z.string().trim().max(5000, 'The narrative must be 5,000 characters or fewer'),
});
export const settingsBody = z.strictObject({
  version,
  eventDate: isoDate.nullable().optional(),
  quoteThreshold: z.number().int().min(5, 'The quote threshold cannot be below 5').max(100, 'The quote threshold must be 100 or fewer').optional(),
});
export const agreeBody = z.strictObject({ version, eventDate: isoDate });
export const reopenBody = z.strictObject({ version });

export const checklistView = z.object({
  programmeId: z.string(),
  phase: z.string(),
  items: z.array(z.object({ key: z.string(), name: z.string(), status: z.enum(['not_started', 'in_progress', 'done']), detail: z.string(), path: z.string() })),
});
export type ChecklistView = z.infer<typeof checklistView>;
