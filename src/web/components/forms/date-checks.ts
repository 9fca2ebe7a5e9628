// NHS.UK error messages for date inputs ("The start date must be a real date").
import { parseDateValue } from '../../lib/dates.js';
import type { FormProblem } from './form-errors.js';

export type DateCheck = { iso: string | null; problem: FormProblem | null };

/** `label` is lower case, as it sits mid-sentence: "start date". */
export function checkDate(value: string, field: string, label: string, required: boolean): DateCheck {
  const parsed = parseDateValue(value);
  const Label = label.charAt(0).toUpperCase() + label.slice(1);
  switch (parsed.kind) {
    case 'ok':
      return { iso: parsed.iso, problem: null };
    case 'empty':
      return { iso: null, problem: required ? { field, message: `Enter the ${label}` } : null };
    case 'incomplete':
      return { iso: null, problem: { field, message: `${Label} must include a day, month and year` } };
    case 'invalid':
      return { iso: null, problem: { field, message: `${Label} must be a real date` } };
  }
}

/** Both dates checked, then their order: the end may not come before the start. */
export function checkDateRange(
  start: { value: string; field: string; label: string },
  end: { value: string; field: string; label: string },
  required: boolean,
): { startIso: string | null; endIso: string | null; problems: FormProblem[] } {
  const s = checkDate(start.value, start.field, start.label, required);
  const e = checkDate(end.value, end.field, end.label, required);
  const problems = [s.problem, e.problem].filter((p): p is FormProblem => p !== null);
  if (!problems.length && s.iso && e.iso && e.iso < s.iso) {
    problems.push({ field: end.field, message: `The ${end.label} must be the same as or after the ${start.label}` });
  }
  return { startIso: s.iso, endIso: e.iso, problems };
}

/** The usual pair: fields startDate and endDate, labelled "start date" and "end date". */
export function checkStartEnd(values: { startDate: string; endDate: string }, required: boolean) {
  return checkDateRange(
    { value: values.startDate, field: 'startDate', label: 'start date' },
    { value: values.endDate, field: 'endDate', label: 'end date' },
    required,
  );
}
