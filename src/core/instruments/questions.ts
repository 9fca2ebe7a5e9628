// An instrument flattened into the questions a respondent answers, one per answer key: each
// grid row becomes its own question, so answers, validation and scoring never special-case grids.
import type { ChoiceOption, InstrumentDefinition, LocalisedText, Perspective, Scale, Section } from './definition.js';

interface QuestionBase {
  /** The answer key: the item id, or the row id for a grid row. */
  id: string;
  sectionId: string;
  text: LocalisedText;
  required: boolean;
}

export interface ScaleQuestion extends QuestionBase {
  kind: 'scale';
  /** The grid the row belongs to; null for a stand-alone scale item. */
  gridId: string | null;
  scale: Scale;
  reverse: boolean;
  perspective: Perspective | null;
}
export interface SingleQuestion extends QuestionBase {
  kind: 'single';
  options: ChoiceOption[];
}
export interface MultipleQuestion extends QuestionBase {
  kind: 'multiple';
  options: ChoiceOption[];
  maxChoices: number | null;
}
export interface TextQuestion extends QuestionBase {
  kind: 'text';
  maxLength: number;
}
export type Question = ScaleQuestion | SingleQuestion | MultipleQuestion | TextQuestion;

function sectionQuestionList(def: InstrumentDefinition, section: Section): Question[] {
  const scaleById = new Map(def.scales.map((s) => [s.id, s]));
  const findScale = (id: string): Scale => {
    const scale = scaleById.get(id);
    // Only reachable with a definition that skipped checkDefinition.
    if (!scale) throw new Error(`Instrument ${def.key} uses an undefined scale "${id}"`);
    return scale;
  };
  const out: Question[] = [];
  for (const item of section.items) {
    const base = { sectionId: section.id, required: item.required };
    switch (item.type) {
      case 'scale':
        out.push({
          ...base,
          kind: 'scale',
          id: item.id,
          text: item.text,
          gridId: null,
          scale: findScale(item.scale),
          reverse: item.reverse,
          perspective: item.perspective ?? null,
        });
        break;
      case 'grid':
        for (const row of item.rows) {
          out.push({
            ...base,
            kind: 'scale',
            id: row.id,
            text: row.text,
            gridId: item.id,
            scale: findScale(item.scale),
            reverse: row.reverse,
            perspective: item.perspective ?? null,
          });
        }
        break;
      case 'single':
        out.push({ ...base, kind: 'single', id: item.id, text: item.text, options: item.options });
        break;
      case 'multiple':
        out.push({ ...base, kind: 'multiple', id: item.id, text: item.text, options: item.options, maxChoices: item.maxChoices ?? null });
        break;
      case 'text':
        out.push({ ...base, kind: 'text', id: item.id, text: item.text, maxLength: item.maxLength });
        break;
    }
  }
  return out;
}

/** Every question in the instrument, in the order respondents meet them. */
export function questionsOf(def: InstrumentDefinition): Question[] {
  // A definition is never changed once built (published versions are frozen), so the flat
  // list is worked out once per definition object; validating a submission reads it each time.
  let questions = flattened.get(def);
  if (!questions) {
    questions = def.sections.flatMap((section) => sectionQuestionList(def, section));
    flattened.set(def, questions);
  }
  return questions;
}

const flattened = new WeakMap<InstrumentDefinition, Question[]>();

/** The questions on one section's page, or null when the instrument has no such section. */
export function sectionQuestions(def: InstrumentDefinition, sectionId: string): Question[] | null {
  const section = def.sections.find((s) => s.id === sectionId);
  return section ? sectionQuestionList(def, section) : null;
}
