// Maps problems (from our own checks or from an ApiError) onto the fields of a form, so the
// error summary can link to each field by id and each field can show its own message.
import type { ApiError } from '../../api/problem.js';

/** `field` is the id of the input the problem belongs to, or null for a problem with the whole form. */
export interface FormProblem {
  field: string | null;
  message: string;
}

/**
 * The form field an API error path belongs to: the field itself, or the nearest field whose
 * path is a dotted prefix of it ("roles.2" → "roles", "admin.email" → "admin.email").
 */
export function fieldForPath(path: string, fields: readonly string[]): string | null {
  if (!path || path === '(body)') return null;
  if (fields.includes(path)) return path;
  let best: string | null = null;
  for (const field of fields) {
    if (path.startsWith(`${field}.`) && (best === null || field.length > best.length)) best = field;
  }
  return best;
}

/** Turns an API error into form problems; field errors the form does not show go to the summary only. */
export function problemsFromApiError(error: ApiError, fields: readonly string[]): FormProblem[] {
  if (error.errors.length === 0) return [{ field: null, message: error.detail }];
  const seen = new Set<string>();
  const problems: FormProblem[] = [];
  for (const e of error.errors) {
    const field = fieldForPath(e.path, fields);
    const key = `${field ?? ''}|${e.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ field, message: e.message });
  }
  return problems;
}

/** The first message for each field: a field shows one error at a time. */
export function errorsByField(problems: readonly FormProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    if (p.field !== null && !(p.field in out)) out[p.field] = p.message;
  }
  return out;
}

/** Orders problems the way the fields appear on the page, keeping whole-form problems first. */
export function orderProblems(problems: readonly FormProblem[], fields: readonly string[]): FormProblem[] {
  const rank = (p: FormProblem) => (p.field === null ? -1 : fields.indexOf(p.field) === -1 ? fields.length : fields.indexOf(p.field));
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
}
