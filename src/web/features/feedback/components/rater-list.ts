// The repeatable list of raters on a form (the GOV.UK "add another" pattern). Each row is two
// form fields named by the API's path, raters.0.email and raters.0.group, so the server's
// field errors land on the right input.
import type { FormProblem } from '../../../components/forms/form-errors.js';
import type { InvitedGroup, RaterInput } from '../api/feedback-api.js';

export const MAX_RATERS = 60;

export const emailField = (index: number) => `raters.${index}.email`;
export const groupField = (index: number) => `raters.${index}.group`;

export type RaterValues = Record<string, string>;

/** Blank fields for `count` rows, each starting as a peer. */
export function emptyRaterValues(count: number): RaterValues {
  const values: RaterValues = {};
  for (let i = 0; i < count; i++) Object.assign(values, blankRow(i));
  return values;
}

function blankRow(index: number): RaterValues {
  return { [emailField(index)]: '', [groupField(index)]: 'peer' };
}

/** The values with row `index` taken out and the rows below it moved up one. */
export function removeRaterRow(values: Readonly<Record<string, unknown>>, index: number, count: number): RaterValues {
  const next: RaterValues = {};
  for (let i = 0, j = 0; i < count; i++) {
    if (i === index) continue;
    next[emailField(j)] = String(values[emailField(i)] ?? '');
    next[groupField(j)] = String(values[groupField(i)] ?? 'peer');
    j++;
  }
  next[emailField(count - 1)] = '';
  next[groupField(count - 1)] = 'peer';
  return next;
}

/** The raters to send: rows with an email address, in order. */
export function readRaters(values: Readonly<Record<string, unknown>>, count: number): RaterInput[] {
  const raters: RaterInput[] = [];
  for (let i = 0; i < count; i++) {
    const email = String(values[emailField(i)] ?? '').trim();
    if (email) raters.push({ email, group: (String(values[groupField(i)] ?? '') || 'peer') as InvitedGroup });
  }
  return raters;
}

/** Checks before sending: at most one line manager, no address twice. The server checks the addresses themselves. */
export function checkRaters(values: Readonly<Record<string, unknown>>, count: number, required: boolean): FormProblem[] {
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  let managers = 0;
  let any = false;
  for (let i = 0; i < count; i++) {
    const email = String(values[emailField(i)] ?? '').trim().toLowerCase();
    if (!email) continue;
    any = true;
    if (seen.has(email)) problems.push({ field: emailField(i), message: `${email} is already in the list` });
    seen.add(email);
    if (values[groupField(i)] === 'line_manager' && ++managers === 2) problems.push({ field: groupField(i), message: 'Invite one line manager at most' });
  }
  if (required && !any) problems.push({ field: emailField(0), message: 'Enter the email address of at least one person to ask' });
  return problems;
}
