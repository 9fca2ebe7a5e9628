// Shapes of the focus group and board interview API: guides, sessions (with consent), notes as
// excerpts, coding by a first and a second coder, and the coders' agreement.
import { z } from 'zod';
import { GUIDE_KINDS } from '../../../core/qualitative/guide.js';
import { id, isoDate, orgParams } from '../../kernel/http-schemas.js';

const text = (max: number, what: string) => z.string().trim().min(1, `Enter ${what}`).max(max, `${what[0]!.toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`);
const optionalText = (max: number) => z.string().trim().max(max, `Must be ${max} characters or fewer`).nullable().optional();
const version = z.number().int().min(0);

export const programmeParams = orgParams.extend({ programmeId: id });
export const guideParams = programmeParams.extend({ kind: z.enum(GUIDE_KINDS) });
export const conversationParams = programmeParams.extend({ conversationId: id });
export const excerptParams = conversationParams.extend({ excerptId: id });
export const codingParams = excerptParams.extend({ coder: z.enum(['first', 'second']) });

const questionView = z.object({
  id: z.string(),
  text: z.string(),
  prompts: z.array(z.string()),
  elements: z.array(z.string()),
  behaviours: z.array(z.string()).optional(),
  minutes: z.number(),
});
export const guideBody = z.object({
  id: z.string(),
  kind: z.enum(GUIDE_KINDS),
  title: z.string(),
  intro: z.string(),
  introMinutes: z.number(),
  questions: z.array(questionView),
  closing: z.string(),
  closingMinutes: z.number(),
});
export const guideView = z.object({ guide: guideBody, version, builtIn: z.boolean(), minutes: z.number(), updatedAt: z.string().nullable() });
export const saveGuideBody = z.strictObject({ guide: guideBody, version });

export const CONVERSATION_KINDS = GUIDE_KINDS;
const conversationFields = {
  title: text(200, 'a name for the session'),
  heldOn: isoDate.nullable().optional(),
  location: z.string().trim().max(200, 'The place must be 200 characters or fewer').optional(),
  mobile: z.boolean().optional(),
  facilitatorUserId: id.nullable().optional(),
  staffGroup: optionalText(100),
  bandFrom: optionalText(40),
  bandTo: optionalText(40),
  site: optionalText(200),
  boardRole: optionalText(200),
  participants: z.number().int().min(1, 'Enter 1 or more').max(500, 'Enter 500 or fewer').nullable().optional(),
};
export const createConversationBody = z.strictObject({ kind: z.enum(CONVERSATION_KINDS), ...conversationFields });
export const updateConversationBody = z.strictObject({ version, ...conversationFields, title: conversationFields.title.optional() });
export const consentBody = z.strictObject({ version, note: z.string().trim().max(1000, 'The note must be 1,000 characters or fewer').optional() });
export const listQuery = z.strictObject({ kind: z.enum(CONVERSATION_KINDS).optional() });

export const conversationSummary = z.object({
  id: z.string(),
  kind: z.enum(CONVERSATION_KINDS),
  title: z.string(),
  heldOn: z.string().nullable(),
  location: z.string(),
  mobile: z.boolean(),
  facilitator: z.object({ userId: z.string(), name: z.string() }).nullable(),
  staffGroup: z.string().nullable(),
  bandFrom: z.string().nullable(),
  bandTo: z.string().nullable(),
  site: z.string().nullable(),
  boardRole: z.string().nullable(),
  participants: z.number().nullable(),
  consent: z.object({ at: z.string(), note: z.string() }).nullable(),
  excerpts: z.number(),
  coded: z.number(),
  version,
});

const codeView = z.object({ element: z.string(), stance: z.enum(['strength', 'develop']) });
export const codingView = z.object({ codes: z.array(codeView), behaviours: z.array(z.string()), themes: z.array(z.string()), version, codedAt: z.string() });
export const excerptView = z.object({
  id: z.string(),
  questionId: z.string().nullable(),
  position: z.number(),
  text: z.string(),
  /** True when the text is shown as written (to the facilitator or its author); otherwise names and details are taken out. */
  unredacted: z.boolean(),
  secondCoding: z.boolean(),
  coding: codingView.nullable(),
  suggestions: z.array(z.object({ element: z.string(), stance: z.enum(['strength', 'develop']), score: z.number() })),
  version,
});
export const conversationView = conversationSummary.extend({
  questions: z.array(questionView),
  viewerIsFacilitator: z.boolean(),
  excerpts: z.array(excerptView),
});

export const addExcerptsBody = z.strictObject({
  excerpts: z.array(z.strictObject({ questionId: z.string().nullable(), text: text(5000, 'the note') })).min(1, 'Add at least one note').max(500, 'Add 500 notes or fewer at once'),
});
export const updateExcerptBody = z.strictObject({ version, text: text(5000, 'the note').optional(), questionId: z.string().nullable().optional() });
export const deleteExcerptQuery = z.strictObject({ version: z.coerce.number().int().min(0) });
export const codingBody = z.strictObject({
  version,
  codes: z.array(codeView).max(24),
  behaviours: z.array(z.string()).max(8),
  themes: z.array(z.string().trim().min(1, 'A theme cannot be blank').max(80, 'A theme must be 80 characters or fewer')).max(20, 'Add 20 themes or fewer'),
});
export const sampleBody = z.strictObject({ percent: z.number().int().min(5, 'Sample at least 5%').max(100, 'Sample at most 100%') });

export const secondCodingView = z.object({
  sampled: z.number(),
  coded: z.number(),
  excerpts: z.array(
    z.object({
      id: z.string(),
      conversationId: z.string(),
      conversationTitle: z.string(),
      question: z.string().nullable(),
      text: z.string(),
      coding: codingView.nullable(),
      version,
    }),
  ),
});
const kappaView = z.object({ n: z.number(), kappa: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable(), reading: z.string(), cautions: z.array(z.string()) });
export const agreementView = z.object({
  doubleCoded: z.number(),
  elements: z.array(
    z.object({
      element: z.string(),
      name: z.string(),
      presence: kappaView,
      stance: kappaView.extend({ linear: z.number().nullable(), quadratic: z.number().nullable() }),
    }),
  ),
});

export type ConversationSummary = z.infer<typeof conversationSummary>;
export type ConversationView = z.infer<typeof conversationView>;
export type ExcerptView = z.infer<typeof excerptView>;
export type CodingView = z.infer<typeof codingView>;
export type AgreementView = z.infer<typeof agreementView>;
export type SecondCodingView = z.infer<typeof secondCodingView>;
