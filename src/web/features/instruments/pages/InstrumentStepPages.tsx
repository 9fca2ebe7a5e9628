// The confirm pages for an instrument: removing a question or a statement (and what that
// does to the measures), and publishing a draft, after which that version never changes.
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { constructsContaining, findQuestion, findStatement, removeQuestion, removeStatement, type EditResult } from '../../../../core/instruments/editing.js';
import { ConfirmPage } from '../../../components/ConfirmPage.js';
import { useForm } from '../../../components/forms/useForm.js';
import type { SummaryRow } from '../../../components/SummaryList.js';
import { instrumentKey, instrumentsKey, publishInstrument } from '../api/instruments-api.js';
import { useDefinitionForm } from '../components/useDefinitionForm.js';
import { WithInstrument, type InstrumentContext } from '../components/WithInstrument.js';
import { answerKind } from '../lib/instrument-display.js';

type Nothing = Record<string, never>;

interface RemovePartProps {
  context: InstrumentContext;
  what: 'question' | 'statement';
  rows: SummaryRow[];
  edit: () => EditResult;
  /** The success message. */
  removed: string;
  children?: React.ReactNode;
}

function RemovePart({ context, what, rows, edit, removed, children }: RemovePartProps) {
  const form = useDefinitionForm<Nothing>(context, { initialValues: {}, check: () => [], edit, message: () => removed });
  return (
    <ConfirmPage
      form={form}
      back={{ to: context.instrumentPath, label: 'Back to the questionnaire' }}
      title={`Remove a ${what}`}
      heading={`Remove this ${what}?`}
      rows={rows}
      submitLabel={`Remove ${what}`}
      pendingLabel="Removing"
      errorTitle={`The ${what} was not removed`}
    >
      {children}
    </ConfirmPage>
  );
}

function RemoveQuestion({ context, itemId }: { context: InstrumentContext; itemId: string }) {
  const def = context.instrument.definition;
  const place = findQuestion(def, itemId)!;
  const ids = place.item.type === 'grid' ? place.item.rows.map((r) => r.id) : [place.item.id];
  const measures = [...new Set(ids.flatMap((id) => constructsContaining(def, id).map((c) => c.name.en)))];
  return (
    <RemovePart
      context={context}
      what="question"
      rows={[
        { key: 'Question', value: place.item.text.en },
        { key: 'Answer', value: answerKind(def, place.item) },
        ...(measures.length ? [{ key: 'Counts towards', value: measures.join(', ') }] : []),
      ]}
      edit={() => removeQuestion(def, itemId)}
      removed={`The question ‘${place.item.text.en}’ has been removed.`}
    >
      {measures.length > 0 && <p>The measures it counts towards will be scored without it; a measure left with no statements is removed.</p>}
      {context.instrument.status === 'published' && <p>Version {context.instrument.version} keeps it: this change starts version {context.instrument.version + 1} as a draft.</p>}
    </RemovePart>
  );
}

function RemoveStatement({ context, statementId }: { context: InstrumentContext; statementId: string }) {
  const def = context.instrument.definition;
  const statement = findStatement(def, statementId)!;
  const measures = constructsContaining(def, statementId).map((c) => c.name.en);
  return (
    <RemovePart
      context={context}
      what="statement"
      rows={[
        { key: 'Statement', value: statement.text.en },
        ...(statement.gridId ? [{ key: 'In the group', value: statement.place.item.text.en }] : []),
        { key: 'Counts towards', value: measures.length ? measures.join(', ') : 'No measures' },
      ]}
      edit={() => removeStatement(def, statementId)}
      removed={`The statement ‘${statement.text.en}’ has been removed.`}
    />
  );
}

export function RemoveQuestionPage() {
  const { itemId = '' } = useParams();
  return (
    <WithInstrument editable when={(i) => findQuestion(i.definition, itemId) !== null}>
      {(context) => <RemoveQuestion context={context} itemId={itemId} />}
    </WithInstrument>
  );
}

export function RemoveStatementPage() {
  const { statementId = '' } = useParams();
  return (
    <WithInstrument editable when={(i) => findStatement(i.definition, statementId) !== null}>
      {(context) => <RemoveStatement context={context} statementId={statementId} />}
    </WithInstrument>
  );
}

function Publish({ instrument, orgId, instrumentPath }: InstrumentContext) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<Nothing, Awaited<ReturnType<typeof publishInstrument>>>({
    initialValues: {},
    submit: () => publishInstrument(orgId, instrument.ref, instrument.editVersion),
    onSuccess: (published) => {
      navigate(instrumentPath, { state: { flash: `Version ${published.version} of ${published.title} is published. Surveys can now use it.` } });
      queryClient.setQueryData(instrumentKey(orgId, instrument.ref), published);
      void queryClient.invalidateQueries({ queryKey: instrumentsKey(orgId), exact: true });
    },
  });
  return (
    <ConfirmPage
      form={form}
      back={{ to: instrumentPath, label: 'Back to the questionnaire' }}
      title="Publish a questionnaire"
      heading={`Publish version ${instrument.version} of ${instrument.title}?`}
      rows={[
        { key: 'Questions', value: `${instrument.itemCount} in ${instrument.definition.sections.length} sections` },
        { key: 'Measures', value: instrument.definition.constructs.map((c) => c.name.en).join(', ') || 'None' },
      ]}
      submitLabel="Publish"
      pendingLabel="Publishing"
      errorTitle="The questionnaire was not published"
      submitVariant="primary"
    >
      <p>Once published, this version never changes, so every survey that uses it asks exactly the same questions and results stay comparable. Later changes start a new version.</p>
    </ConfirmPage>
  );
}

export function PublishInstrumentPage() {
  return (
    <WithInstrument editable when={(i) => i.status === 'draft'}>
      {(context) => <Publish {...context} />}
    </WithInstrument>
  );
}
