// The editing forms' values and checks: a question, a statement, a section and a copy's title.
// Fields are named by the text they hold ("text.en", "text.cy"), and Welsh is asked for only
// when the instrument is offered in Welsh, where every text needs both languages.
import type { InstrumentDefinition, Item, LocalisedText } from '../../../../core/instruments/definition.js';
import type { Placement, QuestionDraft, QuestionType, StatementDraft } from '../../../../core/instruments/editing.js';
import { constructsContaining, findStatement } from '../../../../core/instruments/editing.js';
import type { FormProblem } from '../../../components/forms/form-errors.js';

export const NEW_SECTION = 'new';

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  grid: 'Statements rated on a scale',
  scale: 'One statement rated on a scale',
  single: 'Choose one option',
  multiple: 'Choose any options that apply',
  text: 'A written answer',
};

const welshOffered = (def: InstrumentDefinition) => def.languages.includes('cy');

const text = (values: Record<string, unknown>, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** The form's text pair as a localised text; undefined when the English is empty. */
export function localisedFrom(values: Record<string, unknown>, name: string, welsh: boolean): LocalisedText | undefined {
  const en = text(values, `${name}.en`);
  if (!en) return undefined;
  const cy = text(values, `${name}.cy`);
  return welsh && cy ? { en, cy } : { en };
}

const localisedValues = (name: string, value: LocalisedText | undefined) => ({ [`${name}.en`]: value?.en ?? '', [`${name}.cy`]: value?.cy ?? '' });

/** Problems for a text pair: English needed when `required`; Welsh needed wherever English is given. */
function checkPair(values: Record<string, unknown>, name: string, welsh: boolean, what: string, required: boolean): FormProblem[] {
  const problems: FormProblem[] = [];
  const en = text(values, `${name}.en`);
  const cy = welsh && text(values, `${name}.cy`);
  if (!en && cy) problems.push({ field: `${name}.en`, message: `Enter the ${what} in English as well as Welsh` });
  else if (!en && required) problems.push({ field: `${name}.en`, message: `Enter the ${what} in English` });
  if (welsh && en && !cy) problems.push({ field: `${name}.cy`, message: `Enter the ${what} in Welsh` });
  return problems;
}

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

// ——— Questions ———

export type QuestionValues = {
  type: string;
  section: string;
  'newSection.en': string;
  'newSection.cy': string;
  'text.en': string;
  'text.cy': string;
  'hint.en': string;
  'hint.cy': string;
  scale: string;
  'options.en': string;
  'options.cy': string;
  required: string[];
};

export function questionValues(item: Item | null, sectionId = ''): QuestionValues {
  const options = item && (item.type === 'single' || item.type === 'multiple') ? item.options : [];
  return {
    type: item?.type ?? '',
    section: sectionId,
    'newSection.en': '',
    'newSection.cy': '',
    ...localisedValues('text', item?.text),
    ...localisedValues('hint', item?.hint),
    scale: item && (item.type === 'scale' || item.type === 'grid') ? item.scale : '',
    'options.en': options.map((o) => o.label.en).join('\n'),
    'options.cy': options.map((o) => o.label.cy ?? '').join('\n'),
    required: item?.required ? ['yes'] : [],
  } as QuestionValues;
}

const isType = (value: string): value is QuestionType => value in QUESTION_TYPE_LABELS;

export function checkQuestion(values: QuestionValues, def: InstrumentDefinition, adding: boolean, type: string): FormProblem[] {
  const welsh = welshOffered(def);
  const problems: FormProblem[] = [];
  if (adding) {
    if (!values.section) problems.push({ field: 'section', message: 'Choose the section the question goes in' });
    if (values.section === NEW_SECTION) problems.push(...checkPair(values, 'newSection', welsh, 'new section’s title', true));
    if (!isType(type)) problems.push({ field: 'type', message: 'Choose the kind of answer' });
  }
  problems.push(...checkPair(values, 'text', welsh, 'question', true), ...checkPair(values, 'hint', welsh, 'hint', false));
  if ((type === 'scale' || type === 'grid') && !values.scale) problems.push({ field: 'scale', message: 'Choose the answer scale' });
  if (type === 'single' || type === 'multiple') {
    const en = lines(values['options.en']);
    if (en.length < 2) problems.push({ field: 'options.en', message: 'Enter at least 2 options, one on each line' });
    else if (new Set(en.map((o) => o.toLowerCase())).size !== en.length) problems.push({ field: 'options.en', message: 'Each option must be different' });
    else if (welsh && lines(values['options.cy']).length !== en.length) {
      problems.push({ field: 'options.cy', message: `Enter ${en.length} Welsh options, one on each line in the same order as the English` });
    }
  }
  return problems;
}

export function questionDraft(values: QuestionValues, def: InstrumentDefinition, type: QuestionType): QuestionDraft {
  const welsh = welshOffered(def);
  const cyOptions = lines(values['options.cy']);
  const hint = localisedFrom(values, 'hint', welsh);
  return {
    type,
    text: localisedFrom(values, 'text', welsh) ?? { en: '' },
    hint,
    required: values.required.includes('yes'),
    ...(values.scale ? { scale: values.scale } : {}),
    ...(type === 'single' || type === 'multiple'
      ? { options: lines(values['options.en']).map((en, i) => (welsh && cyOptions[i] ? { en, cy: cyOptions[i] } : { en })) }
      : {}),
  };
}

export function placementFrom(values: QuestionValues, def: InstrumentDefinition): Placement {
  return values.section === NEW_SECTION ? { newSectionTitle: localisedFrom(values, 'newSection', welshOffered(def)) ?? { en: '' } } : { sectionId: values.section };
}

export { isType as isQuestionType };

// ——— Statements ———

export type StatementValues = { 'text.en': string; 'text.cy': string; reverse: string[]; constructs: string[] };

export function statementValues(def: InstrumentDefinition, statementId: string | null): StatementValues {
  const statement = statementId ? findStatement(def, statementId) : null;
  return {
    ...(localisedValues('text', statement?.text) as Pick<StatementValues, 'text.en' | 'text.cy'>),
    reverse: statement?.reverse ? ['yes'] : [],
    constructs: statementId ? constructsContaining(def, statementId).map((c) => c.id) : [],
  };
}

export const checkStatement = (values: StatementValues, def: InstrumentDefinition) => checkPair(values, 'text', welshOffered(def), 'statement', true);

export function statementDraft(values: StatementValues, def: InstrumentDefinition): StatementDraft {
  return { text: localisedFrom(values, 'text', welshOffered(def)) ?? { en: '' }, reverse: values.reverse.includes('yes'), constructIds: values.constructs };
}

// ——— Sections and titles ———

export type SectionValues = { 'title.en': string; 'title.cy': string; 'intro.en': string; 'intro.cy': string };

export function sectionValues(def: InstrumentDefinition, sectionId: string): SectionValues {
  const section = def.sections.find((s) => s.id === sectionId);
  return { ...localisedValues('title', section?.title), ...localisedValues('intro', section?.intro) } as SectionValues;
}

export const checkSection = (values: SectionValues, def: InstrumentDefinition) => [
  ...checkPair(values, 'title', welshOffered(def), 'section title', true),
  ...checkPair(values, 'intro', welshOffered(def), 'introduction', false),
];

export type TitleValues = { 'title.en': string; 'title.cy': string };

/** A copy needs an English title; a Welsh one keeps the copy on offer in Welsh. */
export const checkCopyTitle = (values: TitleValues): FormProblem[] => checkPair(values, 'title', false, 'title', true);

/**
 * Maps a field path from the server's full check of the definition (such as
 * `sections[1].items[3].options[2].label.cy`) onto this form's field, given where the edited part sits.
 */
export function formFieldFor(path: string, prefix: string): string | null {
  if (!path.startsWith(`${prefix}.`)) return null;
  const rest = path.slice(prefix.length + 1);
  const option = /^options\[\d+\]\.label\.(en|cy)$/.exec(rest);
  if (option) return `options.${option[1]}`;
  return /^(text|hint|title|intro)\.(en|cy)$/.test(rest) ? rest : rest === 'scale' ? 'scale' : null;
}
