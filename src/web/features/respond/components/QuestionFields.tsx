// The questions of one instrument section as form fields: scales as radios (a 0 to 10 scale in a
// row), single choices as radios, multiple choices as checkboxes, free text with a character
// count. A grid becomes a lead-in paragraph and one fieldset per statement, never a table.
// Reverse-scored statements look like any other.
import type { ReactNode } from 'react';
import { PREFER_NOT_TO_SAY } from '../../../../core/instruments/reserved-values.js';
import type { Demographic, InstrumentDefinition, Item, Language, Section } from '../../../../core/instruments/definition.js';
import { sectionQuestions, type Question } from '../../../../core/instruments/questions.js';
import { localise } from '../../../../core/instruments/texts.js';
import { Checkboxes, Radios, type Option } from '../../../components/forms/fields.js';
import { demographicField, NOT_APPLICABLE, questionField } from '../lib/answer-encoding.js';
import { CharacterCount } from './CharacterCount.js';
import { ScaleRadios } from './ScaleRadios.js';
import { useStrings } from './strings.js';

interface QuestionFieldProps {
  question: Question;
  hint: ReactNode;
  language: Language;
}

export function QuestionField({ question, hint, language }: QuestionFieldProps) {
  const strings = useStrings();
  const name = questionField(question.id);
  const text = localise(question.text, language);
  const label = question.required ? text : `${text} ${strings.optionalMarker}`;
  switch (question.kind) {
    case 'scale': {
      const { scale } = question;
      const options = scale.options.map((o) => ({ value: String(o.value), label: localise(o.label, language) }));
      const orOption = scale.notApplicable ? { value: NOT_APPLICABLE, label: localise(scale.notApplicable, language) } : undefined;
      return <ScaleRadios name={name} legend={label} hint={hint} options={options} orOption={orOption} row={scale.kind === 'zero_to_ten'} />;
    }
    case 'single':
    case 'multiple': {
      const options: Option[] = question.options.map((o) => ({ value: o.value, label: localise(o.label, language) }));
      const Choice = question.kind === 'single' ? Radios : Checkboxes;
      return <Choice name={name} legend={label} legendSize="s" hint={hint} options={options} />;
    }
    case 'text':
      return <CharacterCount name={name} label={label} labelSize="s" hint={hint} maxLength={question.maxLength} />;
  }
}

function ItemFields({ item, questions, language }: { item: Item; questions: Map<string, Question>; language: Language }) {
  const hint = item.hint ? localise(item.hint, language) : undefined;
  if (item.type !== 'grid') {
    const question = questions.get(item.id);
    return question ? <QuestionField question={question} hint={hint} language={language} /> : null;
  }
  return (
    <div className="app-question-grid">
      <p className="nhsuk-body-l app-question-grid__lead">{localise(item.text, language)}</p>
      {hint && <p className="nhsuk-hint">{hint}</p>}
      {item.rows.map((row) => {
        const question = questions.get(row.id);
        return question ? <QuestionField key={row.id} question={question} hint={undefined} language={language} /> : null;
      })}
    </div>
  );
}

/** Every question of a section, in order. */
export function SectionFields({ definition, section, language }: { definition: InstrumentDefinition; section: Section; language: Language }) {
  const questions = new Map((sectionQuestions(definition, section.id) ?? []).map((q) => [q.id, q]));
  return (
    <>
      {section.items.map((item) => (
        <ItemFields key={item.id} item={item} questions={questions} language={language} />
      ))}
    </>
  );
}

/** A demographic question: never required, with "Prefer not to say" set apart where offered. */
export function DemographicField({ demographic, language }: { demographic: Demographic; language: Language }) {
  const strings = useStrings();
  const options = demographic.options.map((o) => ({ value: o.value, label: localise(o.label, language) }));
  const orOption = demographic.preferNotToSay ? { value: PREFER_NOT_TO_SAY, label: strings.preferNotToSay } : undefined;
  return <ScaleRadios name={demographicField(demographic.id)} legend={localise(demographic.question, language)} options={options} orOption={orOption} />;
}
