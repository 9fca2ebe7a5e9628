// Renaming a section, and writing or clearing the introduction shown at the top of its page.
import { useParams } from 'react-router';
import { updateSection } from '../../../../core/instruments/editing.js';
import { EditFormPage, TextPair } from '../components/EditFormPage.js';
import { useDefinitionForm } from '../components/useDefinitionForm.js';
import { WithInstrument, type InstrumentContext } from '../components/WithInstrument.js';
import { checkSection, localisedFrom, sectionValues, type SectionValues } from '../lib/edit-forms.js';

function SectionForm({ context, sectionId }: { context: InstrumentContext; sectionId: string }) {
  const def = context.instrument.definition;
  const welsh = def.languages.includes('cy');
  const index = def.sections.findIndex((s) => s.id === sectionId);
  const form = useDefinitionForm<SectionValues>(context, {
    initialValues: sectionValues(def, sectionId),
    check: (values) => checkSection(values, def),
    edit: (values) => updateSection(def, sectionId, localisedFrom(values, 'title', welsh) ?? { en: '' }, localisedFrom(values, 'intro', welsh)),
    message: () => `Section ${index + 1} has been changed.`,
    fieldPrefix: `sections[${index}]`,
  });
  return (
    <EditFormPage context={context} form={form} heading={`Change section ${index + 1}`}>
      <TextPair name="title" label="Section title" welsh={welsh} hint="People see it at the top of the section’s page." />
      <TextPair name="intro" label="Introduction" welsh={welsh} multiline optional hint="A sentence or two before the questions, such as who ‘your team’ means." />
    </EditFormPage>
  );
}

export function SectionFormPage() {
  const { sectionId = '' } = useParams();
  return (
    <WithInstrument editable when={(i) => i.definition.sections.some((s) => s.id === sectionId)}>
      {(context) => <SectionForm context={context} sectionId={sectionId} />}
    </WithInstrument>
  );
}
