import { z } from 'zod';
import { ROLES } from '../../../core/access/roles.js';
import { id } from '../../kernel/http-schemas.js';
import { emailSchema, passwordSchema } from '../auth/index.js';

const roles = z
  .array(z.enum(ROLES, { message: `Choose from: ${ROLES.join(', ')}` }))
  .min(1, 'Choose at least one role')
  .transform((r) => [...new Set(r)]);

export const addUserBody = z.strictObject({
  email: emailSchema,
  displayName: z.string().trim().min(1, 'Enter their name').max(200, 'Enter a name of 200 characters or fewer'),
  roles,
  /** Optional: when left out, a one-time password is generated and shown once. */
  password: passwordSchema.optional(),
});
export const setRolesBody = z.strictObject({ roles });
export const userParams = z.strictObject({ orgId: id, userId: id });

export const memberView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  lastSignInAt: z.string().nullable(),
  locked: z.boolean(),
});
export type MemberView = z.infer<typeof memberView>;
