// Request and response shapes for 360 feedback.
import { z } from 'zod';
import { RATER_GROUPS } from '../../../core/feedback/report.js';
import { LANGUAGES } from '../../../core/instruments/definition.js';
import { id, isoDate, orgParams } from '../../kernel/http-schemas.js';

export const requestParams = orgParams.extend({ requestId: id });
export const shareParams = requestParams.extend({ userId: id });

const invitedGroups = RATER_GROUPS.filter((g) => g !== 'self') as [Exclude<(typeof RATER_GROUPS)[number], 'self'>, ...Exclude<(typeof RATER_GROUPS)[number], 'self'>[]];
export const raterInput = z.strictObject({ group: z.enum(invitedGroups), email: z.string().trim().toLowerCase().email('Enter an email address like name@nhs.net').max(254) });

export const createRequestBody = z.strictObject({
  closesOn: isoDate,
  raters: z.array(raterInput).max(60).default([]),
});
export const addRatersBody = z.strictObject({ raters: z.array(raterInput).min(1).max(60) });
export const shareBody = z.strictObject({ email: z.string().trim().toLowerCase().email('Enter an email address like name@nhs.net').max(254) });

export const requestView = z.object({
  id: z.string(),
  subjectName: z.string(),
  status: z.enum(['open', 'closed']),
  closesOn: z.string(),
  createdAt: z.string(),
  isMine: z.boolean(),
  /** Invited and answered, by group. Answered counts come from the responses, not from the raters. */
  groups: z.array(z.object({ group: z.enum(RATER_GROUPS), invited: z.number(), answered: z.number() })),
  /** The person's own rating link while they have not rated themselves (only for them). */
  selfLinkPath: z.string().nullable(),
  sharedWith: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })).nullable(),
});
export type RequestView = z.infer<typeof requestView>;

export const feedbackSubmissionBody = z.strictObject({
  language: z.enum(LANGUAGES).default('en'),
  answers: z.record(z.string(), z.unknown()),
  demographics: z.record(z.string(), z.unknown()).default({}),
});
