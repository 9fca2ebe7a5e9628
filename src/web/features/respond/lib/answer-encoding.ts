// Between the answers a survey stores (numbers, null for "not applicable", option values, text)
// and the string values HTML form controls hold, keyed by field names that cannot clash with
// each other or with the page's own element ids.
import type { AnswerError, AnswerValue } from '../../../../core/instruments/answers.js';
import type { Question } from '../../../../core/instruments/questions.js';
import type { FieldValue, FormValues } from '../../../components/forms/form-context.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';

/** The radio value standing for a scale's "not applicable" option (stored as null). */
export const NOT_APPLICABLE = 'na';

export const questionField = (questionId: string) => `q-${questionId}`;
export const demographicField = (demographicId: string) => `d-${demographicId}`;

export type Answers = Record<string, AnswerValue>;

function encodeOne(question: Question, value: AnswerValue | undefined): FieldValue {
  if (value === undefined) return question.kind === 'multiple' ? [] : '';
  if (question.kind === 'scale') return value === null ? NOT_APPLICABLE : String(value);
  if (Array.isArray(value)) return [...value];
  return value === null ? '' : String(value);
}

function decodeOne(question: Question, raw: FieldValue | undefined): AnswerValue | undefined {
  if (raw === undefined || raw === null || raw instanceof File) return undefined;
  if (question.kind === 'multiple') return Array.isArray(raw) && raw.length ? [...raw] : undefined;
  if (Array.isArray(raw) || raw === '') return undefined;
  if (question.kind === 'scale') {
    if (raw === NOT_APPLICABLE) return null;
    const n = Number(raw);
    return Number.isInteger(n) ? n : undefined;
  }
  // Text is kept as typed (trimming happens when it is checked and stored); blank means unanswered.
  if (question.kind === 'text' && raw.trim() === '') return undefined;
  return raw;
}

/** Form values for these questions, filled from the answers given so far. */
export function encodeAnswers(questions: readonly Question[], answers: Answers): FormValues {
  const values: FormValues = {};
  for (const q of questions) values[questionField(q.id)] = encodeOne(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined);
  return values;
}

/** The answers these form values hold; unanswered questions are left out, as the API expects. */
export function decodeAnswers(questions: readonly Question[], values: FormValues): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    const value = decodeOne(q, values[questionField(q.id)]);
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}

/** One page's answers laid over the rest: that page's questions are replaced, answered or not. */
export function mergePageAnswers(all: Answers, pageQuestionIds: readonly string[], page: Answers): Answers {
  const merged: Answers = {};
  for (const [id, value] of Object.entries(all)) if (!pageQuestionIds.includes(id)) merged[id] = value;
  return { ...merged, ...page };
}

export function encodeDemographics(ids: readonly string[], demographics: Record<string, string>): FormValues {
  const values: FormValues = {};
  for (const id of ids) values[demographicField(id)] = demographics[id] ?? '';
  return values;
}

export function decodeDemographics(ids: readonly string[], values: FormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const raw = values[demographicField(id)];
    if (typeof raw === 'string' && raw !== '') out[id] = raw;
  }
  return out;
}

/** Answer errors as form problems on the fields that show them ('' is a problem with the whole form). */
export function answerProblems(errors: readonly AnswerError[], fieldOf: (id: string) => string): FormProblem[] {
  return errors.map((e) => ({ field: e.field ? fieldOf(e.field) : null, message: e.message }));
}
