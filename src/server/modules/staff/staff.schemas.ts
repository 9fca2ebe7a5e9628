import { z } from 'zod';
import { id } from '../../kernel/http-schemas.js';

export const staffQuery = z.strictObject({
  unitId: id.optional(),
  q: z.string().trim().max(100, 'Search for 100 characters or fewer').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const personView = z.object({
  id: z.string(),
  assignmentNumber: z.string(),
  fullName: z.string(),
  workEmail: z.string().nullable(),
  payBand: z.string().nullable(),
  staffGroup: z.string().nullable(),
  jobRole: z.string().nullable(),
  isLeader: z.boolean(),
  unitId: z.string(),
  unitName: z.string(),
});
export type PersonView = z.infer<typeof personView>;
