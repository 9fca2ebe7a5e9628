// How a given answer reads back on "Check your answers": the option's label in the respondent's
// language, the scale's "don't know" wording for null, or the text as written.
import type { AnswerValue } from '../../../../core/instruments/answers.js';
import { PREFER_NOT_TO_SAY } from '../../../../core/instruments/reserved-values.js';
import type { Demographic, Language } from '../../../../core/instruments/definition.js';
import type { Question } from '../../../../core/instruments/questions.js';
import { localise } from '../../../../core/instruments/texts.js';

/** The answer's wording, one entry per chosen option; empty when unanswered or not an option. */
export function answerLabels(question: Question, value: AnswerValue | undefined, language: Language): string[] {
  if (value === undefined) return [];
  switch (question.kind) {
    case 'scale': {
      if (value === null) return question.scale.notApplicable ? [localise(question.scale.notApplicable, language)] : [];
      const option = question.scale.options.find((o) => o.value === value);
      return option ? [localise(option.label, language)] : [];
    }
    case 'single':
    case 'multiple': {
      const chosen = Array.isArray(value) ? value : [value];
      return question.options.filter((o) => chosen.includes(o.value)).map((o) => localise(o.label, language));
    }
    case 'text':
      return typeof value === 'string' && value.trim() ? [value.trim()] : [];
  }
}

export function demographicLabel(demographic: Demographic, value: string | undefined, language: Language, preferNotToSay: string): string | null {
  if (!value) return null;
  if (value === PREFER_NOT_TO_SAY) return preferNotToSay;
  const option = demographic.options.find((o) => o.value === value);
  return option ? localise(option.label, language) : null;
}
