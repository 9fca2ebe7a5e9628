// Adding a question, or changing one: its wording in each language, a hint, whether it must
// be answered, and what it takes as an answer (a scale, options, or writing). A question's
// kind is chosen when it is added and then stays, so earlier answers and scores still mean
// the same; statements in a group are changed one by one from the questionnaire page.
import { useParams } from 'react-router';
import type { InstrumentDefinition } from '../../../../core/instruments/definition.js';
import { addQuestion, findQuestion, updateQuestion, type QuestionType } from '../../../../core/instruments/editing.js';
import { Checkboxes, Radios, Select, Textarea } from '../../../components/forms/fields.js';
import { EditFormPage, TextPair } from '../components/EditFormPage.js';
import { useDefinitionForm } from '../components/useDefinitionForm.js';
import { WithInstrument, type InstrumentContext } from '../components/WithInstrument.js';
import { scaleName } from '../lib/instrument-display.js';
import {
  checkQuestion,
  isQuestionType,
  NEW_SECTION,
  placementFrom,
  QUESTION_TYPE_LABELS,
  questionDraft,
  questionValues,
  type QuestionValues,
} from '../lib/edit-forms.js';

const TYPE_HINTS: Record<QuestionType, string> = {
  grid: 'A group of statements such as ‘My team has shared objectives’, each rated on the same scale. These can be scored.',
  scale: 'A single statement or question rated on a scale, such as 0 to 10. This can be scored.',
  single: 'For example, a staff group or a yes or no question.',
  multiple: 'For example, which topics matter most to them.',
  text: 'Comments are shown only for groups at or above the survey’s comment threshold.',
};

function AnswerFields({ def, type, welsh }: { def: InstrumentDefinition; type: string; welsh: boolean }) {
  const scales = def.scales.map((s) => ({ value: s.id, label: scaleName(def, s.id) }));
  if (type === 'scale' || type === 'grid') return <Select name="scale" label="Answer scale" options={scales} placeholder="Choose a scale" />;
  if (type === 'single' || type === 'multiple') {
    return (
      <>
        <Textarea name="options.en" label={welsh ? 'Options in English' : 'Options'} hint="Put each option on its own line, in the order people see them." rows={5} />
        {welsh && <Textarea name="options.cy" label="Options in Welsh" hint="The same options in the same order, one on each line." rows={5} />}
      </>
    );
  }
  return null;
}

function QuestionForm({ context, itemId }: { context: InstrumentContext; itemId: string | null }) {
  const def = context.instrument.definition;
  const welsh = def.languages.includes('cy');
  const place = itemId ? findQuestion(def, itemId) : null;
  const number = place ? def.sections.slice(0, place.sectionIndex).reduce((n, s) => n + s.items.length, 0) + place.itemIndex + 1 : null;
  const form = useDefinitionForm<QuestionValues>(context, {
    initialValues: questionValues(place?.item ?? null, def.sections.at(-1)?.id ?? ''),
    check: (values) => checkQuestion(values, def, !place, place?.item.type ?? values.type),
    edit: (values) => {
      if (place) return updateQuestion(def, place.item.id, questionDraft(values, def, place.item.type));
      const type = isQuestionType(values.type) ? values.type : 'text';
      return addQuestion(def, placementFrom(values, def), questionDraft(values, def, type));
    },
    message: () => (number ? `Question ${number} has been changed.` : 'The question has been added at the end of its section.'),
    ...(place ? { fieldPrefix: `sections[${place.sectionIndex}].items[${place.itemIndex}]` } : {}),
  });
  const type = place?.item.type ?? form.values.type;
  return (
    <EditFormPage context={context} form={form} heading={number ? `Change question ${number}` : 'Add a question'}>
      {!place && (
        <>
          <Radios
            name="section"
            legend="Which section is it in?"
            hint="It goes at the end of the section; you can move it afterwards."
            options={[
              ...def.sections.map((s, i) => ({ value: s.id, label: `Section ${i + 1}: ${s.title.en}` })),
              { value: NEW_SECTION, label: 'A new section at the end', conditional: <TextPair name="newSection" label="Title of the new section" welsh={welsh} /> },
            ]}
          />
          <Radios
            name="type"
            legend="What kind of answer does it take?"
            options={(Object.keys(QUESTION_TYPE_LABELS) as QuestionType[]).map((t) => ({ value: t, label: QUESTION_TYPE_LABELS[t], hint: TYPE_HINTS[t] }))}
          />
        </>
      )}
      <TextPair
        name="text"
        label="Question"
        welsh={welsh}
        multiline
        hint={type === 'grid' ? 'The words above the group of statements. A new group starts with this as its first statement; add more afterwards.' : 'Use plain words people read once and understand.'}
      />
      <TextPair name="hint" label="Hint" welsh={welsh} optional hint="Extra help shown under the question." />
      <AnswerFields def={def} type={type} welsh={welsh} />
      <Checkboxes name="required" legend="Answering" options={[{ value: 'yes', label: 'People must answer this question', hint: 'Leave this unticked unless the answer is essential: nobody should have to disclose anything.' }]} />
    </EditFormPage>
  );
}

export function QuestionFormPage() {
  const { itemId = null } = useParams();
  return (
    <WithInstrument editable when={(i) => !itemId || findQuestion(i.definition, itemId) !== null}>
      {(context) => <QuestionForm context={context} itemId={itemId} />}
    </WithInstrument>
  );
}
