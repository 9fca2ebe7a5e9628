// Request and response shapes for survey comments.
import { z } from 'zod';
import { resultsParams } from './results.schemas.js';

export const commentsQuery = z.strictObject({
  unitId: z.string().max(64).optional(),
  questionId: z.string().max(64).optional(),
  /** A cultural element, or "uncoded". */
  theme: z.string().max(64).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type CommentsQuery = z.infer<typeof commentsQuery>;

export const commentParams = resultsParams.extend({ key: z.string().min(10).max(100) });
export const codeBody = z.strictObject({ themes: z.array(z.string().max(64)).max(6) });

const status = z.enum(['shown', 'too_few', 'protects_another', 'none']);

export const commentsView = z.object({
  survey: z.object({ id: z.string(), title: z.string(), closedAt: z.string(), anonymityThreshold: z.number() }),
  commentThreshold: z.number(),
  unit: z.object({ unitId: z.string(), name: z.string() }),
  /** Whether this unit's comments may be shown; when not, comments is empty. */
  status,
  themes: z.array(z.object({ id: z.string(), name: z.string() })),
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
  total: z.number(),
  comments: z.array(
    z.object({
      key: z.string(),
      questionId: z.string(),
      text: z.string(),
      highlights: z.array(z.object({ start: z.number(), end: z.number() })),
      themes: z.array(z.string()),
      suggestions: z.array(z.object({ theme: z.string(), score: z.number() })),
    }),
  ),
});
export type CommentsView = z.infer<typeof commentsView>;
