// Request and response shapes for surveys.
import { z } from 'zod';
import { LANGUAGES } from '../../../core/instruments/definition.js';
import { id, isoDate, orgParams } from '../../kernel/http-schemas.js';
export const MIN_THRESHOLD = 5;
export const DEFAULT_THRESHOLD = 11;
export const DEFAULT_COMMENT_THRESHOLD = 15;

export const surveyParams = orgParams.extend({ surveyId: id });

export const audienceSchema = z.strictObject({
  /** Units whose whole subtree is invited; empty means the whole organisation. */
  unitIds: z.array(id).max(5000).default([]),
  payBands: z.array(z.string().min(1).max(40)).max(50).default([]),
  staffGroups: z.array(z.string().min(1).max(80)).max(50).default([]),
});
export type AudienceSpec = z.infer<typeof audienceSchema>;

export const createSurveyBody = z
  .strictObject({
    title: z.string().trim().min(1, 'Enter a title').max(200),
    instrumentRef: z.string().min(1).max(100),
    programmeId: id.nullable().default(null),
    opensOn: isoDate,
    closesOn: isoDate,
    anonymityThreshold: z.number().int().min(MIN_THRESHOLD, `The anonymity threshold cannot be below ${MIN_THRESHOLD}`).max(100).default(DEFAULT_THRESHOLD),
    commentThreshold: z.number().int().min(MIN_THRESHOLD).max(200).optional(),
    languages: z.array(z.enum(LANGUAGES)).min(1).max(LANGUAGES.length).default(['en']),
    audience: audienceSchema.default({ unitIds: [], payBands: [], staffGroups: [] }),
    modes: z.strictObject({ invitations: z.boolean(), openLink: z.boolean(), paper: z.boolean() }).default({ invitations: true, openLink: false, paper: false }),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'The closing date must be on or after the opening date' });
    if (v.commentThreshold !== undefined && v.commentThreshold < v.anonymityThreshold)
      ctx.addIssue({ code: 'custom', path: ['commentThreshold'], message: 'The comment threshold cannot be below the anonymity threshold' });
    if (!v.modes.invitations && !v.modes.openLink && !v.modes.paper)
      ctx.addIssue({ code: 'custom', path: ['modes'], message: 'Choose at least one way to reach people' });
  });
export type CreateSurveyInput = z.infer<typeof createSurveyBody>;

export const versionBody = z.strictObject({ version: z.number().int().min(1) });

export const surveyView = z.object({
  id: z.string(),
  title: z.string(),
  instrumentRef: z.string(),
  instrumentVersion: z.number(),
  instrumentTitle: z.string(),
  programmeId: z.string().nullable(),
  status: z.enum(['draft', 'open', 'closed']),
  opensOn: z.string(),
  closesOn: z.string(),
  anonymityThreshold: z.number(),
  commentThreshold: z.number(),
  languages: z.array(z.enum(LANGUAGES)),
  audience: audienceSchema,
  modes: z.object({ invitations: z.boolean(), openLink: z.boolean(), paper: z.boolean() }),
  openLinkPath: z.string().nullable(),
  /** The open link in full when CULTIVATE_PUBLIC_URL says what address people use; otherwise null (use the page's own origin). */
  openLinkUrl: z.string().nullable(),
  audienceSize: z.number().nullable(),
  version: z.number(),
  launchedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type SurveyView = z.infer<typeof surveyView>;

export const unitRateView = z.object({
  unitId: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  invited: z.number(),
  /** Null when the unit's audience is below the threshold: too small to show. */
  responses: z.number().nullable(),
  rate: z.number().nullable(),
});
export const responseRatesView = z.object({
  threshold: z.number(),
  total: z.object({ invited: z.number(), responses: z.number(), rate: z.number() }),
  units: z.array(unitRateView),
  hiddenUnits: z.number(),
});

/** What a respondent's page (and the paper entry page) needs. The instrument is large and already checked, so it is described loosely. */
export const respondentView = z.object({
  title: z.string(),
  closesOn: z.string(),
  anonymityThreshold: z.number(),
  languages: z.array(z.string()),
  instrument: z.unknown(),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const submissionBody = z.strictObject({
  language: z.enum(LANGUAGES).default('en'),
  answers: z.record(z.string(), z.unknown()),
  demographics: z.record(z.string(), z.unknown()).default({}),
});
export const openSubmissionBody = submissionBody.extend({
  unitId: id,
  /** Made by the respondent's browser for one filling-in, so a double click cannot store two responses. */
  submissionKey: z.string().uuid(),
});
export const paperSubmissionBody = submissionBody.extend({ unitId: id });
