// Checks for the first-run form, before anything is sent.
import type { FormProblem } from '../../../components/forms/form-errors.js';
import { requireFields } from '../../../components/forms/useForm.js';
import { checkNewPassword } from '../../auth/components/password-rules.js';
import type { OrganisationKind, SetupBody } from '../api/setup-api.js';

export const SETUP_INITIAL = {
  'organisation.name': '',
  'organisation.odsCode': '',
  'organisation.kind': '',
  'admin.displayName': '',
  'admin.email': '',
  'admin.password': '',
  confirmPassword: '',
};
export type SetupValues = typeof SETUP_INITIAL;

const ODS_CODE = /^[A-Za-z0-9]{3,6}$/;
// Deliberately loose: something@something.something. The server makes the final check.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSetup(v: SetupValues): FormProblem[] {
  const problems = requireFields(v, {
    'organisation.name': 'Enter the name of your organisation',
    'organisation.kind': 'Select the type of organisation',
    'admin.displayName': 'Enter your full name',
    'admin.email': 'Enter your email address',
  });
  const ods = v['organisation.odsCode'].trim();
  if (ods && !ODS_CODE.test(ods)) problems.push({ field: 'organisation.odsCode', message: 'Enter an ODS code of 3 to 6 letters and numbers, like RX1' });
  const email = v['admin.email'].trim();
  if (email && !EMAIL.test(email)) problems.push({ field: 'admin.email', message: 'Enter an email address in the correct format, like name@example.nhs.uk' });
  problems.push(...checkNewPassword(v['admin.password'], v.confirmPassword, { password: 'admin.password', confirm: 'confirmPassword' }));
  return problems;
}

export function setupBody(token: string, v: SetupValues): SetupBody {
  const ods = v['organisation.odsCode'].trim().toUpperCase();
  return {
    token,
    organisation: { name: v['organisation.name'].trim(), odsCode: ods || null, kind: v['organisation.kind'] as OrganisationKind },
    admin: { displayName: v['admin.displayName'].trim(), email: v['admin.email'].trim(), password: v['admin.password'] },
  };
}
