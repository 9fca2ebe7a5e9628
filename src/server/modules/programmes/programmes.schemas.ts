import { z } from 'zod';
import { PHASE_STATUSES, PHASES } from '../../../core/programme/phases.js';
import { id, isoDate } from '../../kernel/http-schemas.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter the ${label}`).max(max, `Enter a ${label} of ${max} characters or fewer`);

const datesInOrder = (b: { startDate?: string | null; endDate?: string | null }) =>
  !b.startDate || !b.endDate || b.endDate >= b.startDate;
const datesMessage = { message: 'The end date must be the same as or after the start date', path: ['endDate'] };

export const createProgrammeBody = z
  .strictObject({
    name: text('programme name', 200),
    sponsor: text('sponsor', 200),
    description: z.string().trim().max(5000, 'Enter a description of 5,000 characters or fewer').default(''),
    startDate: isoDate,
    endDate: isoDate,
    includeScoping: z.boolean().default(true),
  })
  .refine(datesInOrder, datesMessage);

export const updateProgrammeBody = z
  .strictObject({
    version: z.number().int().min(1),
    name: text('programme name', 200).optional(),
    sponsor: text('sponsor', 200).optional(),
    description: z.string().trim().max(5000).optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
  })
  .refine(datesInOrder, datesMessage);

export const updatePhaseBody = z
  .strictObject({
    status: z.enum(PHASE_STATUSES).optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
  })
  .refine(datesInOrder, datesMessage);

export const programmeParams = z.strictObject({ orgId: id, programmeId: id });
export const phaseParams = z.strictObject({ orgId: id, programmeId: id, phase: z.enum(PHASES) });
export const memberParams = z.strictObject({ orgId: id, programmeId: id, personId: id });
export const addMemberBody = z.strictObject({
  personId: id,
  roleNote: z.string().trim().max(200, 'Enter a note of 200 characters or fewer').default(''),
});

export const phaseView = z.object({
  phase: z.enum(PHASES),
  status: z.enum(PHASE_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});
export const programmeView = z.object({
  id: z.string(),
  name: z.string(),
  sponsor: z.string(),
  description: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  version: z.number(),
  phases: z.array(phaseView),
  currentPhase: z.enum(PHASES).nullable(),
  progressPercent: z.number(),
});
export type ProgrammeView = z.infer<typeof programmeView>;
export const changeTeamMemberView = z.object({
  personId: z.string(),
  fullName: z.string(),
  jobRole: z.string().nullable(),
  payBand: z.string().nullable(),
  staffGroup: z.string().nullable(),
  unitName: z.string(),
  roleNote: z.string(),
});
export type ChangeTeamMemberView = z.infer<typeof changeTeamMemberView>;
