// The answer format a respondent submits, and its validation: a whole submission at the end, or
// one section's page at a time. Answers are keyed by question id (each grid row is its own key).
import { ANSWER_MESSAGES, type AnswerMessages } from './answer-messages.js';
import { PREFER_NOT_TO_SAY } from './reserved-values.js';
import type { Demographic, InstrumentDefinition, Language } from './definition.js';
import { questionsOf, sectionQuestions, type Question } from './questions.js';
import { localise } from './texts.js';

/** Scale question → option value, or null for the scale's not-applicable option; single → option value;
 * multiple → distinct option values; text → trimmed, non-empty text. */
export type AnswerValue = number | null | string | string[];

export interface Submission {
  answers: Record<string, unknown>;
  demographics?: Record<string, unknown>;
}

/** A checked submission: unanswered optional questions are absent, never null or ''. */
export type NormalisedSubmission = { answers: Record<string, AnswerValue>; demographics: Record<string, string> };

export interface AnswerError {
  /** The question, grid row or demographic id; '' when the submission as a whole cannot be read. */
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: AnswerError[] };

type Checked = { kind: 'absent' } | { kind: 'value'; value: AnswerValue } | { kind: 'error'; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkAnswer(question: Question, raw: unknown, language: Language, m: AnswerMessages): Checked {
  const text = localise(question.text, language);
  const checked = checkValue(question, raw, text, m);
  if (checked.kind === 'absent' && question.required) {
    const message =
      question.kind === 'scale'
        ? m.requiredScale[question.scale.kind](text)
        : question.kind === 'single'
          ? m.requiredSingle(text)
          : question.kind === 'multiple'
            ? m.requiredMultiple(text)
            : m.requiredText(text);
    return { kind: 'error', message };
  }
  return checked;
}

function checkValue(question: Question, raw: unknown, text: string, m: AnswerMessages): Checked {
  if (raw === undefined) return { kind: 'absent' };
  switch (question.kind) {
    case 'scale': {
      // null is an answer here ("Don't know"), so it is only allowed where the scale offers that option.
      if (raw === null) return question.scale.notApplicable ? { kind: 'value', value: null } : { kind: 'error', message: m.notAnOption(text) };
      const valid = typeof raw === 'number' && question.scale.options.some((o) => o.value === raw);
      return valid ? { kind: 'value', value: raw } : { kind: 'error', message: m.notAnOption(text) };
    }
    case 'single': {
      if (raw === null || raw === '') return { kind: 'absent' };
      const valid = typeof raw === 'string' && question.options.some((o) => o.value === raw);
      return valid ? { kind: 'value', value: raw } : { kind: 'error', message: m.notAnOption(text) };
    }
    case 'multiple': {
      if (raw === null) return { kind: 'absent' };
      if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string' && question.options.some((o) => o.value === v))) {
        return { kind: 'error', message: m.notAnOption(text) };
      }
      const values = raw as string[];
      if (!values.length) return { kind: 'absent' };
      if (new Set(values).size !== values.length) return { kind: 'error', message: m.chosenTwice(text) };
      if (question.maxChoices !== null && values.length > question.maxChoices) {
        return { kind: 'error', message: m.tooManyChoices(text, question.maxChoices) };
      }
      // Stored in the order the options are listed, so equal answers compare equal.
      return { kind: 'value', value: question.options.map((o) => o.value).filter((v) => values.includes(v)) };
    }
    case 'text': {
      if (raw === null) return { kind: 'absent' };
      if (typeof raw !== 'string') return { kind: 'error', message: m.notText(text) };
      const trimmed = raw.trim();
      if (!trimmed) return { kind: 'absent' };
      // Counted in characters as people see them (code points), not UTF-16 units, so emoji count once.
      if ([...trimmed].length > question.maxLength) return { kind: 'error', message: m.tooLong(question.maxLength) };
      return { kind: 'value', value: trimmed };
    }
  }
}

function checkQuestions(
  questions: Question[],
  answers: Record<string, unknown>,
  language: Language,
  unknownKeyMessage: (key: string) => string,
): Validated<Record<string, AnswerValue>> {
  const m = ANSWER_MESSAGES[language];
  const errors: AnswerError[] = [];
  const value: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const checked = checkAnswer(question, Object.hasOwn(answers, question.id) ? answers[question.id] : undefined, language, m);
    if (checked.kind === 'error') errors.push({ field: question.id, message: checked.message });
    else if (checked.kind === 'value') value[question.id] = checked.value;
  }
  const known = new Set(questions.map((q) => q.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors.push({ field: key, message: unknownKeyMessage(key) });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

function checkDemographic(demographic: Demographic, raw: unknown, language: Language, m: AnswerMessages): Checked {
  if (raw === undefined || raw === null || raw === '') return { kind: 'absent' };
  const valid =
    typeof raw === 'string' &&
    ((raw === PREFER_NOT_TO_SAY && demographic.preferNotToSay) || demographic.options.some((o) => o.value === raw));
  return valid ? { kind: 'value', value: raw } : { kind: 'error', message: m.notAnOption(localise(demographic.question, language)) };
}

/** Checks the "About you" answers. Every demographic question is optional. */
export function validateDemographics(def: InstrumentDefinition, demographics: unknown, language: Language): Validated<Record<string, string>> {
  const m = ANSWER_MESSAGES[language];
  if (!isRecord(demographics)) return { ok: false, errors: [{ field: '', message: m.unreadable }] };
  const errors: AnswerError[] = [];
  const value: Record<string, string> = {};
  for (const demographic of def.demographics) {
    const raw = Object.hasOwn(demographics, demographic.id) ? demographics[demographic.id] : undefined;
    const checked = checkDemographic(demographic, raw, language, m);
    if (checked.kind === 'error') errors.push({ field: demographic.id, message: checked.message });
    else if (checked.kind === 'value') value[demographic.id] = checked.value as string;
  }
  const known = new Set(def.demographics.map((d) => d.id));
  for (const key of Object.keys(demographics)) {
    if (!known.has(key)) errors.push({ field: key, message: m.unknownQuestion(key) });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** Checks a whole submission against a checked definition (see checkDefinition). */
export function validateSubmission(def: InstrumentDefinition, submission: unknown, language: Language): Validated<NormalisedSubmission> {
  const m = ANSWER_MESSAGES[language];
  const unreadable: Validated<NormalisedSubmission> = { ok: false, errors: [{ field: '', message: m.unreadable }] };
  if (!isRecord(submission) || !isRecord(submission.answers)) return unreadable;
  const demographicsInput = submission.demographics ?? {};
  if (!isRecord(demographicsInput)) return unreadable;
  const answers = checkQuestions(questionsOf(def), submission.answers, language, m.unknownQuestion);
  const demographics = validateDemographics(def, demographicsInput, language);
  if (answers.ok && demographics.ok) return { ok: true, value: { answers: answers.value, demographics: demographics.value } };
  return { ok: false, errors: [...(answers.ok ? [] : answers.errors), ...(demographics.ok ? [] : demographics.errors)] };
}

/** Checks one section's page: the same rules, over that section's questions only. */
export function validateSection(
  def: InstrumentDefinition,
  sectionId: string,
  partialAnswers: unknown,
  language: Language,
): Validated<Record<string, AnswerValue>> {
  const m = ANSWER_MESSAGES[language];
  const questions = sectionQuestions(def, sectionId);
  if (!questions) return { ok: false, errors: [{ field: '', message: m.unknownPage }] };
  if (!isRecord(partialAnswers)) return { ok: false, errors: [{ field: '', message: m.unreadable }] };
  return checkQuestions(questions, partialAnswers, language, m.notOnThisPage);
}

/** The section ids in the order respondents see them. */
export function sectionOrder(def: InstrumentDefinition): string[] {
  return def.sections.map((s) => s.id);
}

export interface SectionPosition {
  /** 1-based, for "Section {n} of {total}". */
  number: number;
  total: number;
  previous: string | null;
  next: string | null;
}

/** Where a section sits among the others; null when the instrument has no such section. */
export function sectionPosition(def: InstrumentDefinition, sectionId: string): SectionPosition | null {
  const order = sectionOrder(def);
  const index = order.indexOf(sectionId);
  if (index < 0) return null;
  return { number: index + 1, total: order.length, previous: order[index - 1] ?? null, next: order[index + 1] ?? null };
}
