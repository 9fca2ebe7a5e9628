// Password rules after NCSC guidance: favour length over complexity, refuse passwords that
// appear on common-password lists, and impose no composition rules or forced expiry.
// The deny-list is the 49,000-entry common password dictionary shipped with zxcvbn-ts.
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

let denyList: Set<string> | undefined;
function commonPasswords(): Set<string> {
  denyList ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return denyList;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'repetitive' | 'contains_email';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Enter a password that is at least ${MIN_PASSWORD_LENGTH} characters long`,
  too_long: `Enter a password that is ${MAX_PASSWORD_LENGTH} characters or fewer`,
  common: 'Choose a password that is harder to guess. This one is on a list of commonly used passwords',
  repetitive: 'Choose a password that is harder to guess. Avoid repeated characters or simple sequences',
  contains_email: 'Choose a password that does not contain your email address',
};

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiopasdfghjklzxcvbnm'];

function isRepetitive(pw: string): boolean {
  const lower = pw.toLowerCase();
  // A short unit repeated to fill the length: "aaaaaaaaaaaa", "abcabcabcabc".
  for (let size = 1; size <= 4; size++) {
    const unit = lower.slice(0, size);
    if (unit.repeat(Math.ceil(lower.length / size)).slice(0, lower.length) === lower) return true;
  }
  return SEQUENCES.some((seq) => seq.includes(lower) || [...seq].reverse().join('').includes(lower));
}

/** Strips trailing digits and symbols, which people add to satisfy old composition rules. */
function stem(pw: string): string {
  return pw.toLowerCase().replace(/[\d\W_]+$/u, '');
}

export function checkPassword(password: string, email?: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const common = commonPasswords();
  if (common.has(lower) || (stem(password).length >= 4 && common.has(stem(password)))) return 'common';
  if (isRepetitive(password)) return 'repetitive';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains_email';
  return null;
}
