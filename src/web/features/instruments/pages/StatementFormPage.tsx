// Adding a statement to a group, or changing one: its wording, whether it is reverse-scored
// (agreeing is a bad sign), and which measures it counts towards.
import { useParams } from 'react-router';
import { addStatement, constructsFor, findQuestion, findStatement, updateStatement } from '../../../../core/instruments/editing.js';
import { Checkboxes } from '../../../components/forms/fields.js';
import { EditFormPage, TextPair } from '../components/EditFormPage.js';
import { useDefinitionForm } from '../components/useDefinitionForm.js';
import { WithInstrument, type InstrumentContext } from '../components/WithInstrument.js';
import { FRAMEWORK_NAMES } from '../lib/instrument-display.js';
import { checkStatement, statementDraft, statementValues, type StatementValues } from '../lib/edit-forms.js';

function StatementForm({ context, statementId, gridId }: { context: InstrumentContext; statementId: string | null; gridId: string | null }) {
  const def = context.instrument.definition;
  const welsh = def.languages.includes('cy');
  const statement = statementId ? findStatement(def, statementId) : null;
  const grid = gridId ? findQuestion(def, gridId) : null;
  // A new statement can count towards what its group's first statement may count towards.
  const sample = statementId ?? (grid?.item.type === 'grid' ? grid.item.rows[0]?.id : undefined);
  const measures = sample ? constructsFor(def, sample) : [];
  const form = useDefinitionForm<StatementValues>(context, {
    initialValues: statementValues(def, statementId),
    check: (values) => checkStatement(values, def),
    edit: (values) => (statementId ? updateStatement(def, statementId, statementDraft(values, def)) : addStatement(def, gridId ?? '', statementDraft(values, def))),
    message: (values) => (statementId ? `The statement ‘${values['text.en'].trim()}’ has been changed.` : `The statement ‘${values['text.en'].trim()}’ has been added.`),
    ...(statement
      ? {
          fieldPrefix: statement.gridId
            ? `sections[${statement.place.sectionIndex}].items[${statement.place.itemIndex}].rows[${statement.place.item.type === 'grid' ? statement.place.item.rows.findIndex((r) => r.id === statementId) : 0}]`
            : `sections[${statement.place.sectionIndex}].items[${statement.place.itemIndex}]`,
        }
      : {}),
  });
  return (
    <EditFormPage context={context} form={form} heading={statementId ? 'Change a statement' : 'Add a statement'}>
      {grid && <p>It is added at the end of the group ‘{grid.item.text.en}’.</p>}
      <TextPair name="text" label="Statement" welsh={welsh} multiline hint="One idea per statement, in words people read once and understand." />
      <Checkboxes
        name="reverse"
        legend="Scoring"
        options={[{ value: 'yes', label: 'Reverse-scored', hint: 'Tick this when agreeing is a bad sign, such as ‘I often feel left out of decisions’. Its answers are turned round before scoring.' }]}
      />
      {measures.length > 0 ? (
        <Checkboxes
          name="constructs"
          legend="Which measures does it count towards?"
          hint="A measure’s score is the average of its statements. Leave them all unticked to report this statement on its own."
          options={measures.map((c) => ({ value: c.id, label: c.name.en, hint: FRAMEWORK_NAMES[c.framework] }))}
        />
      ) : (
        <p>This questionnaire has no measures that this statement could count towards, so it is reported on its own.</p>
      )}
    </EditFormPage>
  );
}

export function StatementFormPage() {
  const { statementId = null, itemId = null } = useParams();
  return (
    <WithInstrument editable when={(i) => (statementId ? findStatement(i.definition, statementId) !== null : findQuestion(i.definition, itemId ?? '')?.item.type === 'grid')}>
      {(context) => <StatementForm context={context} statementId={statementId} gridId={itemId} />}
    </WithInstrument>
  );
}
