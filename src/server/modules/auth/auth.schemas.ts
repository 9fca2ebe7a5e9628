import { z } from 'zod';
import { ROLES } from '../../../core/access/roles.js';
import { MAX_PASSWORD_LENGTH } from '../../../core/accounts/password-rules.js';

export const email = z
  .string()
  .trim()
  .min(1, 'Enter an email address')
  .max(254, 'Enter an email address of 254 characters or fewer')
  .pipe(z.email({ message: 'Enter an email address in the correct format, like name@example.nhs.uk' }));

export const password = z.string().min(1, 'Enter a password').max(MAX_PASSWORD_LENGTH, `Enter a password of ${MAX_PASSWORD_LENGTH} characters or fewer`);

export const signInBody = z.strictObject({ email, password });
export const changePasswordBody = z.strictObject({ currentPassword: password, newPassword: password });

export const sessionView = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string() }).nullable(),
  memberships: z.array(
    z.object({
      organisationId: z.string(),
      organisationName: z.string(),
      roles: z.array(z.enum(ROLES)),
      actions: z.array(z.string()),
    }),
  ),
  csrfToken: z.string(),
});
export type SessionView = z.infer<typeof sessionView>;
