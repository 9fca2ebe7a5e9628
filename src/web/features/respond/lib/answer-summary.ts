// What "Check your answers" lists: each section's questions with the answers given (or none),
// then "About you", each pointing at the page and field where it can be changed.
import type { RespondentStrings } from '../../../../core/i18n/respondent-strings.js';
import type { InstrumentDefinition, Language } from '../../../../core/instruments/definition.js';
import { sectionQuestions } from '../../../../core/instruments/questions.js';
import { localise } from '../../../../core/instruments/texts.js';
import { demographicField, questionField } from './answer-encoding.js';
import { answerLabels, demographicLabel } from './answer-labels.js';
import type { Draft } from './draft-store.js';
import type { RespondPage } from './journey.js';

export interface SummaryEntry {
  question: string;
  /** One line per chosen option; empty when not answered. */
  answer: string[];
  page: RespondPage;
  field: string;
}

export interface SummaryGroup {
  /** Null for the team or department, which stands above the sections. */
  heading: string | null;
  entries: SummaryEntry[];
}

type Words = Pick<RespondentStrings, 'unitLabel' | 'aboutYouTitle' | 'preferNotToSay'>;

export function answerSummary(
  def: InstrumentDefinition,
  draft: Draft,
  language: Language,
  units: readonly { id: string; name: string }[] | null,
  words: Words,
): SummaryGroup[] {
  const groups: SummaryGroup[] = [];
  if (units) {
    const unit = units.find((u) => u.id === draft.unitId);
    groups.push({ heading: null, entries: [{ question: words.unitLabel, answer: unit ? [unit.name] : [], page: { kind: 'team' }, field: 'unitId' }] });
  }
  for (const section of def.sections) {
    groups.push({
      heading: localise(section.title, language),
      entries: (sectionQuestions(def, section.id) ?? []).map((q) => ({
        question: localise(q.text, language),
        answer: answerLabels(q, draft.answers[q.id], language),
        page: { kind: 'section', sectionId: section.id },
        field: questionField(q.id),
      })),
    });
  }
  if (def.demographics.length) {
    groups.push({
      heading: words.aboutYouTitle,
      entries: def.demographics.map((d) => {
        const label = demographicLabel(d, draft.demographics[d.id], language, words.preferNotToSay);
        return { question: localise(d.question, language), answer: label ? [label] : [], page: { kind: 'about-you' }, field: demographicField(d.id) };
      }),
    });
  }
  return groups;
}
