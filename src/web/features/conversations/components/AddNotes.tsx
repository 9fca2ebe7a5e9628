// Adding notes to a session: typed or pasted (each line becomes one note, under the chosen
// question), or imported from a Word or text file (one note per paragraph, under the question
// heading it follows). The server's refusal of a file is shown as it gives it.
import { useState } from 'react';
import { Details } from '../../../components/content.js';
import { Form } from '../../../components/forms/Form.js';
import { FileUpload, Select, Textarea } from '../../../components/forms/fields.js';
import { useForm } from '../../../components/forms/useForm.js';
import { Table } from '../../../components/Table.js';
import { addNotes, importNotes, type Conversation, type GuideQuestion } from '../api/conversations-api.js';
import { notesProblem as apiNotesProblem } from '../lib/error-paths.js';
import { notesFromText, notesProblem } from '../lib/notes-text.js';
import type { ProgrammeScope } from './WithProgramme.js';

interface AddNotesProps {
  scope: ProgrammeScope;
  conversation: Conversation;
  onConversation: (conversation: Conversation) => void;
}

const plural = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'note' : 'notes'}`;

function TypedNotes({ scope, conversation, onConversation }: AddNotesProps) {
  const [done, setDone] = useState<string | null>(null);
  const form = useForm({
    initialValues: { notes: '', questionId: '' },
    validate: (v) => {
      setDone(null);
      const problem = notesProblem(notesFromText(v.notes));
      return problem ? [{ field: 'notes', message: problem }] : [];
    },
    submit: (v) => addNotes(scope.orgId, scope.programmeId, conversation.id, notesFromText(v.notes).map((text) => ({ questionId: v.questionId || null, text }))),
    onSuccess: (saved, v) => {
      onConversation(saved);
      setDone(`Added ${plural(notesFromText(v.notes).length)}.`);
      form.reset({ notes: '', questionId: v.questionId });
    },
    describeError: (error) => (error.errors.length ? error.errors.map((e) => apiNotesProblem(e, { notes: 'notes', question: 'questionId' })) : undefined),
  });
  return (
    <>
      <Form form={form} submitLabel="Add notes" pendingLabel="Adding" errorTitle="The notes were not added" aria-label="Type or paste notes">
        <Textarea name="notes" label="Notes" hint="Start each note on a new line: each line becomes a separate note. Blank lines and bullet points are left out." rows={6} />
        <Select
          name="questionId"
          label="Which question were these said in answer to?"
          options={[{ value: '', label: 'No particular question' }, ...conversation.questions.map((q, i) => ({ value: q.id, label: `Q${i + 1}. ${q.text}` }))]}
        />
      </Form>
      <p role="status">{done}</p>
    </>
  );
}

function QuestionIds({ questions }: { questions: readonly GuideQuestion[] }) {
  return (
    <Details summary="Question numbers and ids for this session">
      <Table
        caption="Questions in this session’s guide"
        captionSize="s"
        columns={[
          { header: 'Heading', cell: (q: GuideQuestion & { n: number }) => `Q${q.n}`, rowHeader: true },
          { header: 'Or its id', cell: (q) => <code>{q.id}:</code> },
          { header: 'Question', cell: (q) => q.text },
        ]}
        rows={questions.map((q, i) => ({ ...q, n: i + 1 }))}
        rowKey={(q) => q.id}
      />
    </Details>
  );
}

function FileNotes({ scope, conversation, onConversation }: AddNotesProps) {
  const [done, setDone] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const form = useForm({
    initialValues: { file: null as File | null },
    validate: (v) => {
      setDone(null);
      return v.file ? [] : [{ field: 'file', message: 'Select a Word (.docx) or text (.txt) file' }];
    },
    submit: (v) => importNotes(scope.orgId, scope.programmeId, conversation.id, v.file as File),
    onSuccess: (result) => {
      onConversation(result.conversation);
      setDone(`Added ${plural(result.added)} from the file.`);
      form.reset({ file: null });
      setRound((r) => r + 1); // a fresh file input, empty again
    },
    // The server's own words, on the file field: they say what is wrong with the file and what to do.
    describeError: (error) => [{ field: 'file', message: error.errors[0]?.message ?? error.detail }],
  });
  return (
    <>
      <p>Each paragraph in the file becomes a separate note. To put notes under a question, write a heading on a line of its own before them:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>“Q3” (or “Question 3”) for the third question of the guide</li>
        <li>or the question’s id followed by a colon, such as “{conversation.questions[0]?.id ?? 'warm-up'}:”. Notes can follow on the same line.</li>
      </ul>
      <p>Notes before the first heading go under no particular question. You can move any note to another question afterwards.</p>
      <QuestionIds questions={conversation.questions} />
      <Form key={round} form={form} submitLabel="Import notes" pendingLabel="Reading the file" errorTitle="The notes were not imported" aria-label="Import notes from a file">
        <FileUpload name="file" label="Notes file" hint="A Word document (.docx) or a text file (.txt)" accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
      </Form>
      <p role="status">{done}</p>
    </>
  );
}

export function AddNotes(props: AddNotesProps) {
  return (
    <section aria-labelledby="add-notes-heading">
      <h2 className="nhsuk-heading-m" id="add-notes-heading">
        Add notes
      </h2>
      <h3 className="nhsuk-heading-s">Type or paste notes</h3>
      <TypedNotes {...props} />
      <h3 className="nhsuk-heading-s">Import notes from a file</h3>
      <FileNotes {...props} />
    </section>
  );
}
