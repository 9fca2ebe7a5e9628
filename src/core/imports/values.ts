// Reading single cell values: yes/no flags, email addresses, codes and text limits.
export const MAX_NAME = 200;
export const MAX_TEXT = 200;
export const MAX_SHORT_TEXT = 100;
export const MAX_CODE = 64;
export const MAX_ASSIGNMENT_NUMBER = 30;
export const MAX_EMAIL = 254;

const YES = new Set(['y', 'yes', 'true', 't', '1']);
const NO = new Set(['n', 'no', 'false', 'f', '0', '']);

/** true/false for Y/N, Yes/No, True/False, 1/0 (any case; blank is No); null when unreadable. */
export function parseYesNo(input: string): boolean | null {
  const v = input.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;
export const isEmail = (value: string): boolean => value.length <= MAX_EMAIL && EMAIL.test(value);

/** Unit codes: the same rule as codes entered on screen. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/ ]*$/;
export function unitCodeProblem(code: string): string | null {
  if (code.length > MAX_CODE) return `Use a unit code of ${MAX_CODE} characters or fewer`;
  if (!CODE.test(code)) return 'Use letters, numbers, spaces, dots, dashes, slashes or underscores in a unit code, starting with a letter or number';
  return null;
}

const ASSIGNMENT = /^[A-Za-z0-9][A-Za-z0-9\-_/.]*$/;
export function assignmentNumberProblem(value: string): string | null {
  if (!value) return 'Enter the assignment number';
  if (value.length > MAX_ASSIGNMENT_NUMBER) return `Use an assignment number of ${MAX_ASSIGNMENT_NUMBER} characters or fewer`;
  if (!ASSIGNMENT.test(value)) return 'Use letters, numbers, dashes, dots, slashes or underscores in an assignment number';
  return null;
}

/** An ISO date (yyyy-mm-dd) from 2024-03-31, 31/03/2024 or 31-03-2024 (a real calendar date), or null. */
export function parseDate(input: string): string | null {
  const text = input.trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? null;
  const uk = m ? null : /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, mo, d] = m ? [m[1], m[2], m[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

/** Collapses runs of whitespace inside a value (names copied from other systems often carry doubles). */
const UNTIDY = /\s{2}|[^\S ]/u; // two whitespace characters in a row, or any whitespace other than a space
export function tidy(value: string): string {
  const trimmed = value.trim();
  return UNTIDY.test(trimmed) ? trimmed.replace(/\s+/gu, ' ') : trimmed;
}

export const tooLong = (value: string, max: number): string | null =>
  value.length > max ? `Use ${max} characters or fewer (this has ${value.length})` : null;
