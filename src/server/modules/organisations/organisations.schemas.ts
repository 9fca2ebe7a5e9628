import { z } from 'zod';

export const ORGANISATION_KINDS = ['acute_trust', 'mental_health_trust', 'community_trust', 'ambulance_trust', 'integrated_care_board', 'health_board', 'other'] as const;

export const organisationName = z.string().trim().min(1, 'Enter the organisation name').max(200, 'Enter a name of 200 characters or fewer');
export const odsCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{3,6}$/, 'Enter an ODS code of 3 to 6 letters and numbers, like RX1')
  .nullable();

export const organisationView = z.object({
  id: z.string(),
  name: z.string(),
  odsCode: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  isDemo: z.boolean(),
});
export type OrganisationView = z.infer<typeof organisationView>;

export const updateOrganisationBody = z
  .strictObject({ name: organisationName, odsCode, kind: z.enum(ORGANISATION_KINDS) })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Change at least one field' });
