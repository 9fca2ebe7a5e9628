// What the server accepts (core/accounts/password-rules.ts, after NCSC guidance): at least 12
// characters and not on a list of common passwords. The web app checks the length and the
// confirmation; the server checks the rest and its message is shown against the field.
import type { FormProblem } from '../../../components/forms/form-errors.js';

export const MIN_PASSWORD_LENGTH = 12;

export const PASSWORD_HINT =
  'Use at least 12 characters. Three random words together are easy to remember and hard to guess. Do not use a common password, like Password123456.';

export function checkNewPassword(password: string, confirm: string, fields: { password: string; confirm: string }): FormProblem[] {
  if (!password) return [{ field: fields.password, message: 'Enter a password' }];
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return [{ field: fields.password, message: `Enter a password that is at least ${MIN_PASSWORD_LENGTH} characters long` }];
  }
  if (!confirm) return [{ field: fields.confirm, message: 'Enter the password again' }];
  if (password !== confirm) return [{ field: fields.confirm, message: 'The passwords do not match. Enter the same password twice' }];
  return [];
}
